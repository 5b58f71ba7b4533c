package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.ACCEPTED;
import static org.stocktake.samples.SampleModel.ACCEPTED_WITH_WARNINGS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.stocktake.samples.FundingPlan.Budget;
import org.stocktake.samples.FundingPlan.YearLine;
import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Family;
import org.stocktake.samples.SampleModel.Plan;
import org.stocktake.samples.SampleModel.RegisterRow;
import org.stocktake.standard.Period;

/**
 * Writes the sample data set under {@code input-samples/}: the register and the ledger (reference data), one
 * quarterly return workbook per pilot area and period from 2011-12 Q1 to 2012-13 Q2, a handful of returns with
 * the mistakes officers really make, and a README saying which file is meant to trigger which rule. It plans
 * each return from the area tables ({@link AreaTables}), the family simulation ({@link FamilySimulation}) and the
 * funding plan ({@link FundingPlan}), puts in the mistakes ({@link Mistakes}), writes each through the return
 * template ({@link SampleWriter}) and says what the import must make of them ({@link ExpectedOutputs}).
 * <p>
 * Everything is derived from the seed: no wall clock, no files outside the output directory. Family figures
 * come from a family-level simulation, so every return is consistent with its predecessors and with its Family
 * records sheet; received-to-date amounts of central lines are exactly the ledger's payments.
 */
public final class SampleGenerator {

    public static final long DEFAULT_SEED = 20110401L;

    /** The sample periods: 2011-12 Q1 to 2012-13 Q2. */
    public static final List<Period> PERIODS = List.of(new Period(2011, 1), new Period(2011, 2),
            new Period(2011, 3), new Period(2011, 4), new Period(2012, 1), new Period(2012, 2));

    /** An as-of date after every sample sign-off date, for runs over the samples. */
    public static final LocalDate SUGGESTED_AS_OF = LocalDate.of(2012, 11, 30);

    private static final List<String> FIRST_NAMES = List.of("Sarah", "James", "Helen", "David", "Rachel", "Mark",
            "Claire", "Paul", "Joanne", "Andrew", "Nicola", "Stephen", "Karen", "Richard", "Emma", "Ian", "Louise",
            "Simon", "Fiona", "Gareth", "Amanda", "Martin", "Deborah", "Neil");
    private static final List<String> LAST_NAMES = List.of("Patel", "Hughes", "Clarke", "Walsh", "Begum",
            "Thompson", "Robinson", "Khan", "Wright", "Turner", "Ahmed", "Bennett", "Shaw", "Marsh", "Doyle", "Okafor",
            "Foster", "Lloyd", "Fletcher", "Harrison", "Kaur", "Morgan", "Pearson", "Quinn");

    private final long seed;

    public SampleGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "input-samples");
        Summary summary = new SampleGenerator(DEFAULT_SEED).generate(dir);
        System.out.println("Wrote " + summary.files() + " returns to " + dir.resolve("returns") + ": "
                + summary.accepted() + " to be accepted, " + summary.acceptedWithWarnings()
                + " accepted with warnings, " + summary.rejected() + " rejected; per period "
                + summary.filesPerPeriod() + "; " + summary.ledgerRows() + " ledger rows");
    }

    /** Writes the whole sample set under {@code dir}, replacing its {@code returns}, {@code reference}, {@code expected}. */
    public Summary generate(Path dir) throws IOException {
        Plan plan = plan();
        for (String sub : List.of("returns", "reference", "expected")) {
            deleteTree(dir.resolve(sub));
        }
        Files.createDirectories(dir.resolve("reference"));
        Files.createDirectories(dir.resolve("expected"));
        ExpectedOutputs.writePilots(dir.resolve("reference/pilots.csv"));
        ExpectedOutputs.writeLedger(dir.resolve("reference/ledger.csv"), plan.ledger);
        for (Doc doc : plan.docs) {
            Path file = dir.resolve("returns").resolve(doc.relativePath());
            Files.createDirectories(file.getParent());
            byte[] bytes = doc.variant ? VariantWriter.write(doc) : SampleWriter.write(doc);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(doc.lastModified));
        }
        ExpectedOutputs.writeOutcomes(dir.resolve("expected/outcomes.csv"), plan.docs);
        for (Period p : PERIODS) {
            ExpectedOutputs.writeFigures(dir.resolve("expected/figures-" + p.fileName() + ".csv"), plan, p);
        }
        Files.writeString(dir.resolve("README.md"), SamplesReadme.readme(plan), StandardCharsets.UTF_8);

        Map<String, Integer> perPeriod = new TreeMap<>();
        int ok = 0;
        int warned = 0;
        int rejected = 0;
        for (Doc d : plan.docs) {
            perPeriod.merge(d.period.fileName(), 1, Integer::sum);
            switch (d.status) {
                case ACCEPTED -> ok++;
                case ACCEPTED_WITH_WARNINGS -> warned++;
                default -> rejected++;
            }
        }
        return new Summary(plan.docs.size(), ok, warned, rejected, new TreeMap<>(perPeriod), plan.ledger.size());
    }

    Plan plan() {
        Plan plan = new Plan();
        Map<String, Doc> byKey = new LinkedHashMap<>();
        int areaIndex = 0;
        for (AreaInfo area : AreaTables.AREAS.values()) {
            areaIndex++;
            List<Period> periods = PERIODS.stream().filter(p -> AreaTables.rowFor(area.code(), p).isPresent()).toList();
            Random famRng = rng(area.code(), "families");
            Random fundRng = rng(area.code(), "funding");
            Random peopleRng = rng(area.code(), "people");
            String contact = name(peopleRng);
            String signer;
            do {
                signer = name(peopleRng);
            } while (signer.equals(contact));
            String email = contact.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + area.domain();

            List<Family> families = FamilySimulation.simulateFamilies(area, periods, famRng);
            List<Budget> budgets = FundingPlan.chooseBudgets(fundRng);
            Map<Integer, List<YearLine>> years = new TreeMap<>();
            for (Period p : periods) {
                years.computeIfAbsent(p.startYear(), y -> FundingPlan.yearLines(area, y, budgets, fundRng));
            }

            for (Period p : periods) {
                RegisterRow row = AreaTables.rowFor(area.code(), p).orElseThrow();
                Doc d = new Doc();
                d.areaCode = area.code();
                d.period = p;
                d.row = row;
                d.area = area;
                d.fileName = area.code() + "-" + area.fileName() + "-" + p.fileName() + ".xlsx";
                d.areaName = row.areaName();
                d.periodText = p.toString();
                d.strand = row.strand();
                d.contact = contact;
                d.email = email;
                d.signedOffBy = signer;
                d.signedOn = p.end().plusDays(7 + peopleRng.nextInt(36));
                d.lastModified = d.signedOn.atTime(9, 0).plusMinutes(areaIndex).toInstant(ZoneOffset.UTC);
                FamilySimulation.fillFamilies(d, families, p);
                d.planned = roundUp10(area.cohort() * (p.startYear() == 2011 ? 0.07 : 0.15));
                for (YearLine yl : years.get(p.startYear())) {
                    d.lines.add(yl.asOf(p.quarter()));
                }
                if (area.withRecords()) {
                    d.records = FamilySimulation.recordsAsOf(families, p);
                }
                plan.docs.add(d);
                byKey.put(area.code() + "|" + p, d);
                FundingPlan.addLedgerRows(plan, area.code(), p, years.get(p.startYear()));
            }
        }
        Mistakes.apply(plan, byKey);
        return plan;
    }

    private Random rng(String areaCode, String purpose) {
        return new Random(seed * 1_000_003L + (areaCode + "/" + purpose).hashCode());
    }

    private static String name(Random rng) {
        return FIRST_NAMES.get(rng.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(rng.nextInt(LAST_NAMES.size()));
    }

    private static int roundUp10(double v) {
        return (int) Math.ceil(v / 10.0) * 10;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
