package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.ACCEPTED;
import static org.stocktake.samples.SampleModel.ACCEPTED_WITH_WARNINGS;
import static org.stocktake.samples.SampleModel.REJECTED;
import static org.stocktake.samples.SampleModel.pounds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Family;
import org.stocktake.samples.SampleModel.FamilyRecord;
import org.stocktake.samples.SampleModel.Line;
import org.stocktake.samples.SampleModel.RegisterRow;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/**
 * Writes the sample data set under {@code input-samples/}: the register and the ledger (reference data), one
 * quarterly return workbook per pilot area and period from 2011-12 Q1 to 2012-13 Q2, a handful of returns with
 * the mistakes officers really make, and a README saying which file is meant to trigger which rule.
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

    private static final String FWMP = "Families with multiple problems";
    private static final String WHOLE = "Whole place";

    /**
     * The Community Budget pilot register: the 16 phase-1 pilots (live 1 April 2011) and the whole-place pilots
     * from 2012-13. Source: public reporting of the programme (copied from the project's shared reference data,
     * {@code community-budget-pilots.csv}).
     */
    static final List<RegisterRow> REGISTER = List.of(
            reg("E08000025", "Birmingham", FWMP, "2011-12 Q1", null),
            reg("E06000008", "Blackburn with Darwen", FWMP, "2011-12 Q1", null),
            reg("E06000009", "Blackpool", FWMP, "2011-12 Q1", null),
            reg("E08000032", "Bradford", FWMP, "2011-12 Q1", null),
            reg("E10000012", "Essex", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E10000012", "Essex", WHOLE, "2012-13 Q1", null),
            reg("E11000001", "Greater Manchester", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E11000001", "Greater Manchester", WHOLE, "2012-13 Q1", null),
            reg("E06000010", "Kingston upon Hull", FWMP, "2011-12 Q1", null),
            reg("E10000016", "Kent", FWMP, "2011-12 Q1", null),
            reg("E10000018", "Leicestershire", FWMP, "2011-12 Q1", null),
            reg("E10000019", "Lincolnshire", FWMP, "2011-12 Q1", null),
            reg("E09000003", "Barnet", FWMP, "2011-12 Q1", null),
            reg("E09000008", "Croydon", FWMP, "2011-12 Q1", null),
            reg("E09000019", "Islington", FWMP, "2011-12 Q1", null),
            reg("E09000023", "Lewisham", FWMP, "2011-12 Q1", null),
            reg("E06000030", "Swindon", FWMP, "2011-12 Q1", null),
            reg("E09000033", "Westminster", FWMP, "2011-12 Q1", "2011-12 Q4"),
            reg("E09000033", "Westminster", WHOLE, "2012-13 Q1", null),
            reg("E06000050", "Cheshire West and Chester", WHOLE, "2012-13 Q1", null));

    /**
     * Cohort sizes (families identified by 2011-12 Q4) total 22,990 over the 16 phase-1 pilots, from 190 to 4,180
     * per area, after public reporting of the programme. Synthetic apart from those bounds and the total.
     */
    static final Map<String, AreaInfo> AREAS = areas(
            new AreaInfo("E08000025", "Birmingham", "birmingham.gov.uk", "BHM", 4180, true),
            new AreaInfo("E06000008", "Blackburn with Darwen", "blackburn.gov.uk", "BWD", 610, false),
            new AreaInfo("E06000009", "Blackpool", "blackpool.gov.uk", "BPL", 720, true),
            new AreaInfo("E08000032", "Bradford", "bradford.gov.uk", "BRD", 2260, false),
            new AreaInfo("E10000012", "Essex", "essex.gov.uk", "ESX", 2170, false),
            new AreaInfo("E11000001", "Greater Manchester", "agma.gov.uk", "GMC", 3020, false),
            new AreaInfo("E06000010", "Kingston upon Hull", "hullcc.gov.uk", "HUL", 1340, false),
            new AreaInfo("E10000016", "Kent", "kent.gov.uk", "KNT", 2780, false),
            new AreaInfo("E10000018", "Leicestershire", "leics.gov.uk", "LEI", 810, false),
            new AreaInfo("E10000019", "Lincolnshire", "lincolnshire.gov.uk", "LIN", 1190, false),
            new AreaInfo("E09000003", "Barnet", "barnet.gov.uk", "BNT", 680, false),
            new AreaInfo("E09000008", "Croydon", "croydon.gov.uk", "CRY", 910, false),
            new AreaInfo("E09000019", "Islington", "islington.gov.uk", "ISL", 560, true),
            new AreaInfo("E09000023", "Lewisham", "lewisham.gov.uk", "LEW", 840, false),
            new AreaInfo("E06000030", "Swindon", "swindon.gov.uk", "SWI", 190, true),
            new AreaInfo("E09000033", "Westminster", "westminster.gov.uk", "WCC", 730, false),
            new AreaInfo("E06000050", "Cheshire West and Chester", "cheshirewestandchester.gov.uk", "CWC", 1240,
                    false));

    /** Identified families as a share of the cohort, and helped to date as a share of it, per sample period. */
    private static final double[] IDENTIFIED = {0.91, 0.95, 0.98, 1.00, 1.03, 1.05};
    private static final double[] HELPED = {0.009, 0.023, 0.043, 0.066, 0.095, 0.128};

    private static final String LEICESTERSHIRE = "E10000018";
    private static final String CHESHIRE = "E06000050";
    private static final String LEWISHAM = "E09000023";
    /** The ledger's extra DWP payment to Lewisham in 2012-13 Q2, which its return does not show. */
    static final long LEDGER_MISMATCH_PENCE = 2_500_000;

    private record Template(String partner, String stream, String arrangement, long basePounds) {
    }

    private static final List<Template> CORE_LINES = List.of(
            new Template("DWP", "European Social Fund - families with multiple problems", "Virtual pool", 450_000),
            new Template("DCLG", "Community Budget pilot grant", "Pooled", 250_000),
            new Template("Local authority", "Family intervention service", "Pooled", 1_200_000),
            new Template("Police", "Neighbourhood policing - anti-social behaviour", "Aligned", 180_000),
            new Template("Health", "Substance misuse treatment", "Aligned", 320_000));

    private static final List<Template> OPTIONAL_LINES = List.of(
            new Template("Jobcentre Plus", "Adviser secondment", "In kind", 60_000),
            new Template("Probation", "Integrated offender management", "Aligned", 140_000),
            new Template("Schools", "Attendance and exclusions service", "Pooled", 90_000),
            new Template("Voluntary and community sector", "Family mentoring", "Pooled", 75_000),
            new Template("Fire and rescue", "Home safety visits", "In kind", 35_000),
            new Template("DfE", "Early Intervention Grant", "Pooled", 600_000),
            new Template("Home Office", "Ending Gang and Youth Violence", "Aligned", 120_000),
            new Template("Ministry of Justice", "Youth Justice Board prevention", "Aligned", 110_000),
            new Template("Department of Health", "Drug Intervention Programme", "Aligned", 210_000),
            new Template("Other", "Housing association tenancy sustainment", "Aligned", 55_000));

    private static final Template WHOLE_PLACE_LINE =
            new Template("Local authority", "Whole-place joint investment fund", "Pooled", 2_000_000);

    private static final List<String> FIRST_NAMES = List.of("Sarah", "James", "Helen", "David", "Rachel", "Mark",
            "Claire", "Paul", "Joanne", "Andrew", "Nicola", "Stephen", "Karen", "Richard", "Emma", "Ian", "Louise",
            "Simon", "Fiona", "Gareth", "Amanda", "Martin", "Deborah", "Neil");
    private static final List<String> LAST_NAMES = List.of("Patel", "Hughes", "Clarke", "Walsh", "Begum",
            "Thompson", "Robinson", "Khan", "Wright", "Turner", "Ahmed", "Bennett", "Shaw", "Marsh", "Doyle", "Okafor",
            "Foster", "Lloyd", "Fletcher", "Harrison", "Kaur", "Morgan", "Pearson", "Quinn");

    private static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2012, 1, 1, 0, 0);
    private static final Date FIXED_CREATED = Date.from(FIXED_ZIP_TIME.toInstant(ZoneOffset.UTC));
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
        writePilots(dir.resolve("reference/pilots.csv"));
        writeLedger(dir.resolve("reference/ledger.csv"), plan.ledger);
        for (Doc doc : plan.docs) {
            Path file = dir.resolve("returns").resolve(doc.relativePath());
            Files.createDirectories(file.getParent());
            byte[] bytes = doc.variant ? writeVariant(doc) : writeStandard(doc);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(doc.lastModified));
        }
        writeOutcomes(dir.resolve("expected/outcomes.csv"), plan.docs);
        for (Period p : PERIODS) {
            writeFigures(dir.resolve("expected/figures-" + p.fileName() + ".csv"), plan, p);
        }
        Files.writeString(dir.resolve("README.md"), readme(plan), StandardCharsets.UTF_8);

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

    // ------------------------------------------------------------------------------------------------ model

    /** The planned returns, in processing order, and the ledger rows. */
    static final class Plan {
        final List<Doc> docs = new ArrayList<>();
        final List<String[]> ledger = new ArrayList<>();

        /** The return that counts for an area and period: the last one not meant to be rejected. */
        Optional<Doc> counting(String areaCode, Period p) {
            Doc found = null;
            for (Doc d : docs) {
                if (d.areaCode.equals(areaCode) && d.period.equals(p) && !REJECTED.equals(d.status)) {
                    found = d;
                }
            }
            return Optional.ofNullable(found);
        }

        /**
         * True when a return was received for the area and period and the import can tell so: a return whose
         * Cover period is unreadable, or that has no Cover at all, cannot be attributed and leaves the area MISSING.
         */
        boolean received(String areaCode, Period p) {
            return docs.stream().anyMatch(d -> d.areaCode.equals(areaCode) && d.period.equals(p)
                    && !d.rules.contains("COV-PERIOD-FORMAT") && !d.rules.contains("TPL-SHEET-MISSING"));
        }
    }

    /** Per-line plan for one financial year: committed, cumulative received shares per quarter, spent share. */
    private record YearLine(Template t, long committed, double[] receivedShare, double spentShare) {

        long received(int quarter) {
            return Math.round(committed * receivedShare[quarter - 1]);
        }

        long spent(int quarter) {
            return Math.round(received(quarter) * spentShare);
        }

        String source() {
            return CodeList.isCentralPartner(t.partner) ? "Central" : "Local";
        }
    }

    Plan plan() {
        Plan plan = new Plan();
        Map<String, Doc> byKey = new LinkedHashMap<>();
        int areaIndex = 0;
        for (AreaInfo area : AREAS.values()) {
            areaIndex++;
            List<Period> periods = PERIODS.stream().filter(p -> rowFor(area.code(), p).isPresent()).toList();
            Random famRng = rng(area.code(), "families");
            Random fundRng = rng(area.code(), "funding");
            Random peopleRng = rng(area.code(), "people");
            String contact = name(peopleRng);
            String signer;
            do {
                signer = name(peopleRng);
            } while (signer.equals(contact));
            String email = contact.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + area.domain();

            List<Family> families = simulateFamilies(area, periods, famRng);
            List<Template> templates = chooseTemplates(fundRng);
            Map<Integer, List<YearLine>> years = new TreeMap<>();
            for (Period p : periods) {
                years.computeIfAbsent(p.startYear(), y -> yearLines(area, y, templates, fundRng));
            }

            for (Period p : periods) {
                RegisterRow row = rowFor(area.code(), p).orElseThrow();
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
                fillFamilies(d, families, p);
                d.planned = roundUp10(area.cohort() * (p.startYear() == 2011 ? 0.07 : 0.15));
                for (YearLine yl : years.get(p.startYear())) {
                    d.lines.add(new Line(yl.t.partner, yl.t.stream, yl.source(), yl.t.arrangement, yl.committed,
                            yl.received(p.quarter()), yl.spent(p.quarter())));
                }
                if (area.withRecords()) {
                    d.records = recordsAsOf(families, p);
                }
                plan.docs.add(d);
                byKey.put(area.code() + "|" + p, d);
                addLedgerRows(plan, area.code(), p, years.get(p.startYear()));
            }
        }
        applyMistakes(plan, byKey);
        return plan;
    }

    private Random rng(String areaCode, String purpose) {
        return new Random(seed * 1_000_003L + (areaCode + "/" + purpose).hashCode());
    }

    private static String name(Random rng) {
        return FIRST_NAMES.get(rng.nextInt(FIRST_NAMES.size())) + " " + LAST_NAMES.get(rng.nextInt(LAST_NAMES.size()));
    }

    static Optional<RegisterRow> rowFor(String areaCode, Period p) {
        return REGISTER.stream().filter(r -> r.areaCode().equals(areaCode) && r.covers(p)).findFirst();
    }

    private static int roundUp10(double v) {
        return (int) Math.ceil(v / 10.0) * 10;
    }

    private static int targetIdentified(AreaInfo area, int periodIndex) {
        if (area.code().equals(CHESHIRE)) {
            return (int) Math.round(area.cohort() * (periodIndex == 4 ? 0.96 : 1.0));
        }
        double share = IDENTIFIED[periodIndex];
        if (area.code().equals(LEICESTERSHIRE) && periodIndex >= 4) {
            share = periodIndex == 4 ? 1.15 : 1.17; // a county-wide sweep: deliberate X-COHORT-SHIFT in 2012-13 Q1
        }
        return (int) Math.round(area.cohort() * share);
    }

    private static int targetHelped(AreaInfo area, int periodIndex) {
        double share = area.code().equals(CHESHIRE) ? (periodIndex == 4 ? 0.03 : 0.065) : HELPED[periodIndex];
        return (int) Math.round(area.cohort() * share);
    }

    /** Families identified, started and closed quarter by quarter, hitting the target counts exactly. */
    private static List<Family> simulateFamilies(AreaInfo area, List<Period> periods, Random rng) {
        List<Family> families = new ArrayList<>();
        int helped = 0;
        for (int k = 0; k < periods.size(); k++) {
            Period p = periods.get(k);
            int index = PERIODS.indexOf(p);
            int identified = Math.max(families.size(), targetIdentified(area, index));
            LocalDate from = k == 0 ? p.start().minusDays(120) : p.start();
            while (families.size() < identified) {
                String ref = area.prefix() + "-" + String.format("%05d", families.size() + 1);
                families.add(new Family(ref, randomDate(rng, from, p.end())));
            }
            int target = Math.max(helped, targetHelped(area, index));
            List<Family> waiting = new ArrayList<>(families.stream().filter(f -> f.started == null).toList());
            Collections.shuffle(waiting, rng);
            for (Family f : waiting.subList(0, target - helped)) {
                LocalDate earliest = f.identified.isAfter(p.start()) ? f.identified : p.start();
                f.started = randomDate(rng, earliest, p.end());
                if (rng.nextDouble() < 0.6) {
                    f.closed = f.started.plusDays(60 + rng.nextInt(300));
                    if (rng.nextDouble() < 0.85) {
                        double o = rng.nextDouble();
                        f.outcome = CodeList.OUTCOMES.get(o < 0.25 ? 0 : o < 0.5 ? 1 : o < 0.7 ? 2 : 3);
                    }
                }
            }
            helped = target;
        }
        return families;
    }

    private static LocalDate randomDate(Random rng, LocalDate from, LocalDate to) {
        return from.plusDays(rng.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static void fillFamilies(Doc d, List<Family> families, Period p) {
        List<FamilyRecord> recs = recordsAsOf(families, p);
        d.identified = recs.size();
        d.helped = (int) recs.stream().filter(r -> r.started() != null).count();
        d.started = (int) recs.stream().filter(r -> r.started() != null && p.contains(r.started())).count();
        d.outcomes = (int) recs.stream().filter(r -> r.outcome() != null).count();
    }

    /** What the area's case system shows at the period end. */
    static List<FamilyRecord> recordsAsOf(List<Family> families, Period p) {
        LocalDate end = p.end();
        List<FamilyRecord> out = new ArrayList<>();
        for (Family f : families) {
            if (f.identified.isAfter(end)) {
                continue;
            }
            LocalDate started = f.started != null && !f.started.isAfter(end) ? f.started : null;
            LocalDate closed = started != null && f.closed != null && !f.closed.isAfter(end) ? f.closed : null;
            out.add(new FamilyRecord(f.reference, f.identified, started, closed, closed != null ? f.outcome : null));
        }
        return out;
    }

    private static List<Template> chooseTemplates(Random rng) {
        List<Template> optional = new ArrayList<>(OPTIONAL_LINES);
        Collections.shuffle(optional, rng);
        List<Template> chosen = new ArrayList<>(optional.subList(0, rng.nextInt(7)));
        chosen.sort(java.util.Comparator.comparingInt(OPTIONAL_LINES::indexOf));
        List<Template> all = new ArrayList<>(CORE_LINES);
        all.addAll(chosen);
        return all;
    }

    private static List<YearLine> yearLines(AreaInfo area, int year, List<Template> templates, Random rng) {
        List<Template> ts = new ArrayList<>(templates);
        Period q1 = new Period(year, 1);
        boolean wholePlace = rowFor(area.code(), q1).map(r -> r.strand().equals(WHOLE)).orElse(false);
        if (wholePlace) {
            ts.add(2, WHOLE_PLACE_LINE);
        }
        double scale = Math.max(0.35, Math.min(2.5, area.cohort() / 1500.0)) * (wholePlace ? 1.5 : 1.0);
        List<YearLine> out = new ArrayList<>();
        for (Template t : ts) {
            long pounds = Math.round(t.basePounds * scale * (0.7 + 0.6 * rng.nextDouble()));
            pounds = Math.max(15_000, Math.min(4_800_000, pounds));
            long committed = pounds * 100 + rng.nextInt(100);
            double[] shares = {0.18 + 0.10 * rng.nextDouble(), 0.42 + 0.13 * rng.nextDouble(),
                    0.66 + 0.12 * rng.nextDouble(), 0.88 + 0.12 * rng.nextDouble()};
            out.add(new YearLine(t, committed, shares, 0.72 + 0.25 * rng.nextDouble()));
        }
        return out;
    }

    private static String departmentCode(String department) {
        return switch (department) {
            case "DfE" -> "DFE";
            case "Home Office" -> "HO";
            case "Ministry of Justice" -> "MOJ";
            case "Department of Health" -> "DH";
            default -> department;
        };
    }

    private static void addLedgerRows(Plan plan, String areaCode, Period p, List<YearLine> lines) {
        for (String dept : CodeList.CENTRAL_PARTNERS) {
            List<YearLine> ofDept = lines.stream().filter(l -> l.t.partner.equals(dept)).toList();
            if (ofDept.isEmpty()) {
                continue;
            }
            long toDate = ofDept.stream().mapToLong(l -> l.received(p.quarter())).sum();
            long before = p.quarter() == 1 ? 0 : ofDept.stream().mapToLong(l -> l.received(p.quarter() - 1)).sum();
            long paid = toDate - before;
            if (areaCode.equals(LEWISHAM) && dept.equals("DWP") && p.equals(PERIODS.get(5))) {
                paid += LEDGER_MISMATCH_PENCE;
            }
            if (paid > 0) {
                plan.ledger.add(new String[] {areaCode, dept, p.toString(), pounds(paid).toPlainString(),
                        departmentCode(dept) + "/" + areaCode + "/" + p.fileName()});
            }
        }
    }

    // --------------------------------------------------------------------------------------------- mistakes

    private static void applyMistakes(Plan plan, Map<String, Doc> byKey) {
        Period q1 = PERIODS.get(4);
        Period q2 = PERIODS.get(5);

        Doc kent = byKey.get("E10000016|" + q2);
        int police = kent.indexOf("Police");
        Line line = kent.lines.get(police);
        line.received = line.committed + 1_248_000;
        kent.explanations.put("FUND-RECEIVED-GT-COMMITTED", "Kent Police paid its second-half contribution in "
                + "September, before the in-year uplift to the commitment was approved; the committed figure will be "
                + "revised in the 2012-13 Q3 return.");
        mark(kent, ACCEPTED_WITH_WARNINGS, "FUND-RECEIVED-GT-COMMITTED", "Funding!F" + Doc.lineRow(police),
                "Police line received more than committed; explained on the Explanations sheet");

        Doc croydon = byKey.get("E09000008|" + q2);
        croydon.areaName = "London Borough of Croydon";
        mark(croydon, ACCEPTED_WITH_WARNINGS, "COV-AREA-NAME", "Cover!B5",
                "area name written 'London Borough of Croydon'; the register says 'Croydon'");

        Doc leics = byKey.get(LEICESTERSHIRE + "|" + q2);
        leics.signedOffBy = leics.contact;
        mark(leics, ACCEPTED_WITH_WARNINGS, "COV-SIGNOFF-SELF", "Cover!B10",
                "signed off by the contact named in Cover!B8");

        Doc lincs = byKey.get("E10000019|" + q1);
        int health = lincs.indexOf("Health");
        Line whole = lincs.lines.get(health);
        Line first = whole.copy();
        first.committed = whole.committed * 3 / 5;
        first.received = whole.received * 3 / 5;
        first.spent = whole.spent * 3 / 5;
        Line second = whole.copy();
        second.committed = whole.committed - first.committed;
        second.received = whole.received - first.received;
        second.spent = whole.spent - first.spent;
        lincs.lines.set(health, first);
        lincs.lines.add(health + 1, second);
        lincs.explanations.put("FUND-DUPLICATE-LINE", "Two separate agreements with the PCT cluster for substance "
                + "misuse treatment; listed separately as they are in our ledger.");
        mark(lincs, ACCEPTED_WITH_WARNINGS, "FUND-DUPLICATE-LINE", "Funding!A" + Doc.lineRow(health + 1),
                "Health / Substance misuse treatment / Aligned listed twice (rows " + Doc.lineRow(health) + " and "
                        + Doc.lineRow(health + 1) + "; amounts split 60/40, totals unchanged); explained");

        Doc barnet = byKey.get("E09000003|" + q2);
        int bPolice = barnet.indexOf("Police");
        barnet.lines.get(bPolice).receivedText = "12,5O0";
        mark(barnet, REJECTED, "FUND-MONEY", "Funding!F" + Doc.lineRow(bPolice),
                "received typed as text \"12,5O0\" (letter O for zero); the Total's SUM skips it, as a spreadsheet does");

        Doc bradford = byKey.get("E08000032|" + q2);
        bradford.totalMissesLastLine = true;
        int tr = bradford.totalRow();
        mark(bradford, REJECTED, "FUND-TOTAL", "Funding!E" + tr + ";Funding!F" + tr + ";Funding!G" + tr,
                "Total row SUMs stop one line short (last line inserted below the range); one FUND-TOTAL per column");

        Doc hull = byKey.get("E06000010|" + q2);
        int identified = hull.identified;
        hull.identified = hull.helped;
        hull.helped = identified;
        mark(hull, REJECTED, "FAM-HELPED-GT-IDENTIFIED", "Families!B5",
                "families identified and helped to date typed into each other's cells");

        Doc blackburn = byKey.get("E06000008|" + q2);
        blackburn.periodText = "2012-14 Q2";
        mark(blackburn, REJECTED, "COV-PERIOD-FORMAT", "Cover!B6", "period written '2012-14 Q2'");

        Doc westminster = byKey.get("E09000033|" + q2);
        westminster.coverSheetName = "Front sheet";
        mark(westminster, REJECTED, "TPL-SHEET-MISSING", "Cover", "sheet Cover renamed 'Front sheet'");

        Doc islington = byKey.get("E09000019|" + q2);
        islington.started += 3;
        islington.helped += 3;
        mark(islington, REJECTED, "REC-COUNTS", "Families!B4;Families!B5",
                "declared started and helped are 3 more than the Family records show (records extract older than the"
                        + " figures); one REC-COUNTS for families_started and one for families_helped");

        // Essex: first return for its first whole-place quarter keeps the old strand and an early figure; the
        // corrected resubmission a fortnight later supersedes it.
        Doc essex = byKey.get("E10000012|" + q1);
        Doc resubmitted = copyDoc(essex);
        essex.strand = FWMP;
        Line la = essex.lines.get(essex.indexOf("Local authority"));
        la.received -= 15_000_000;
        la.spent = Math.min(la.spent, la.received);
        mark(essex, ACCEPTED_WITH_WARNINGS, "COV-STRAND", "Cover!B7",
                "strand still 'Families with multiple problems' (register: Whole place from 2012-13 Q1); also an early"
                        + " Local authority received figure £150,000.00 lower; superseded by the resubmission");
        resubmitted.fileName = essex.fileName.replace(".xlsx", "_resubmitted.xlsx");
        resubmitted.signedOn = essex.signedOn.plusDays(14);
        resubmitted.lastModified = essex.lastModified.plusSeconds(14 * 86_400L);
        resubmitted.supersedes = essex.relativePath();
        resubmitted.note = "corrected resubmission: strand Whole place and final received figures; supersedes "
                + essex.fileName;
        plan.docs.add(plan.docs.indexOf(essex) + 1, resubmitted);

        Doc gm = byKey.get("E11000001|" + q1);
        gm.legacyXls = true;
        gm.fileName = gm.fileName.replace(".xlsx", ".xls");
        gm.note = "legacy .xls (BIFF8) workbook, otherwise correct";

        Doc cheshire = byKey.get(CHESHIRE + "|" + q1);
        cheshire.variant = true;
        cheshire.signedOn = LocalDate.of(2012, 7, 31);
        cheshire.lastModified = cheshire.signedOn.atTime(9, 0).plusMinutes(17).toInstant(ZoneOffset.UTC);
        cheshire.note = "variant layout the standard allows: labels on other rows, other case, trailing ':' and '*',"
                + " template version '1.0' as text, period '2012/13 Q1', Funding columns in another order, text numbers"
                + " ('1,190', '£…' money), text date '31/07/2012', typed (not formula) totals";
    }

    private static void mark(Doc d, String status, String rule, String cells, String note) {
        d.status = status;
        d.rules.add(rule);
        d.cells.addAll(List.of(cells.split(";")));
        d.note = note;
    }

    private static Doc copyDoc(Doc o) {
        Doc d = new Doc();
        d.areaCode = o.areaCode;
        d.period = o.period;
        d.row = o.row;
        d.area = o.area;
        d.fileName = o.fileName;
        d.templateVersion = o.templateVersion;
        d.areaName = o.areaName;
        d.periodText = o.periodText;
        d.strand = o.strand;
        d.contact = o.contact;
        d.email = o.email;
        d.signedOffBy = o.signedOffBy;
        d.signedOn = o.signedOn;
        d.identified = o.identified;
        d.started = o.started;
        d.helped = o.helped;
        d.outcomes = o.outcomes;
        d.planned = o.planned;
        o.lines.forEach(l -> d.lines.add(l.copy()));
        d.records = o.records;
        d.explanations.putAll(o.explanations);
        d.lastModified = o.lastModified;
        return d;
    }

    // ---------------------------------------------------------------------------------------------- writing

    private static final class Styles {
        final CellStyle bold;
        final CellStyle date;
        final CellStyle money;
        final CellStyle moneyBold;

        Styles(Workbook wb) {
            Font font = wb.createFont();
            font.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(font);
            short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
            date = wb.createCellStyle();
            date.setDataFormat(dateFormat);
            short moneyFormat = wb.createDataFormat().getFormat("\"£\"#,##0.00");
            money = wb.createCellStyle();
            money.setDataFormat(moneyFormat);
            moneyBold = wb.createCellStyle();
            moneyBold.setDataFormat(moneyFormat);
            moneyBold.setFont(font);
        }
    }

    private static final String[] FUNDING_HEADERS = {"Partner", "Funding stream", "Source", "Arrangement",
            "Committed this year (£)", "Received to date (£)", "Spent to date (£)"};

    private static byte[] writeStandard(Doc d) {
        try (Workbook wb = d.legacyXls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet cover = wb.createSheet(d.coverSheetName);
            text(cover, 0, 0, "Community Budget stocktake return", st.bold);
            label(cover, 2, "Template version").setCellValue(1);
            label(cover, 3, "Area code").setCellValue(d.areaCode);
            label(cover, 4, "Area name").setCellValue(d.areaName);
            label(cover, 5, "Reporting period").setCellValue(d.periodText);
            label(cover, 6, "Programme strand").setCellValue(d.strand);
            label(cover, 7, "Contact name").setCellValue(d.contact);
            label(cover, 8, "Contact email").setCellValue(d.email);
            label(cover, 9, "Signed off by").setCellValue(d.signedOffBy);
            Cell signed = label(cover, 10, "Date signed off");
            signed.setCellValue(d.signedOn);
            signed.setCellStyle(st.date);
            widths(cover, 22, 40);

            Sheet fam = wb.createSheet("Families");
            text(fam, 0, 0, "Families with multiple problems - " + d.period, st.bold);
            label(fam, 2, "Families identified").setCellValue(d.identified);
            label(fam, 3, "Families started this quarter").setCellValue(d.started);
            label(fam, 4, "Families helped to date").setCellValue(d.helped);
            label(fam, 5, "Families with outcomes achieved to date").setCellValue(d.outcomes);
            if (d.planned != null) {
                label(fam, 6, "Families planned this year").setCellValue(d.planned);
            }
            widths(fam, 42, 12);

            Sheet fund = wb.createSheet("Funding");
            text(fund, 0, 0, "Budget lines - " + d.areaName + ", " + d.period, st.bold);
            text(fund, 1, 0, "Amounts in pounds. Received and spent are cumulative since 1 April.", null);
            Row header = fund.createRow(3);
            for (int c = 0; c < FUNDING_HEADERS.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(FUNDING_HEADERS[c]);
                cell.setCellStyle(st.bold);
            }
            for (int i = 0; i < d.lines.size(); i++) {
                Line l = d.lines.get(i);
                Row r = fund.createRow(Doc.lineRow(i) - 1);
                r.createCell(0).setCellValue(l.partner);
                r.createCell(1).setCellValue(l.stream);
                r.createCell(2).setCellValue(l.source);
                r.createCell(3).setCellValue(l.arrangement);
                money(r, 4, l.committed, st.money);
                if (l.receivedText != null) {
                    r.createCell(5).setCellValue(l.receivedText);
                } else {
                    money(r, 5, l.received, st.money);
                }
                money(r, 6, l.spent, st.money);
            }
            Row total = fund.createRow(d.totalRow() - 1);
            Cell t = total.createCell(0);
            t.setCellValue("Total");
            t.setCellStyle(st.bold);
            int lastSummed = d.totalMissesLastLine ? d.lines.size() - 1 : d.lines.size();
            for (int c = 4; c <= 6; c++) {
                String col = String.valueOf((char) ('A' + c));
                long sum = 0;
                for (int i = 0; i < lastSummed; i++) {
                    Line l = d.lines.get(i);
                    sum += c == 4 ? l.committed : c == 5 ? (l.receivedText != null ? 0 : l.received) : l.spent;
                }
                Cell cell = total.createCell(c);
                cell.setCellFormula("SUM(" + col + "5:" + col + Doc.lineRow(lastSummed - 1) + ")");
                cell.setCellValue(pounds(sum).doubleValue()); // the cached value, exact to the penny
                cell.setCellStyle(st.moneyBold);
            }
            widths(fund, 30, 52, 10, 14, 24, 22, 20);

            if (d.records != null) {
                writeRecords(wb, d.records, st);
            }
            if (!d.explanations.isEmpty()) {
                Sheet ex = wb.createSheet("Explanations");
                Row h = ex.createRow(0);
                h.createCell(0).setCellValue("Rule");
                h.createCell(1).setCellValue("Explanation");
                int r = 1;
                for (Map.Entry<String, String> e : d.explanations.entrySet()) {
                    Row row = ex.createRow(r++);
                    row.createCell(0).setCellValue(e.getKey());
                    row.createCell(1).setCellValue(e.getValue());
                }
                widths(ex, 30, 100);
            }
            return toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecords(Workbook wb, List<FamilyRecord> records, Styles st) {
        Sheet s = wb.createSheet("Family records");
        String[] headers = {"Family reference", "Date identified", "Date started", "Date closed", "Outcome"};
        Row h = s.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(st.bold);
        }
        int r = 1;
        for (FamilyRecord rec : records) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(rec.reference());
            dateCell(row, 1, rec.identified(), st);
            dateCell(row, 2, rec.started(), st);
            dateCell(row, 3, rec.closed(), st);
            if (rec.outcome() != null) {
                row.createCell(4).setCellValue(rec.outcome());
            }
        }
        widths(s, 18, 16, 16, 16, 16);
    }

    private static void dateCell(Row row, int c, LocalDate date, Styles st) {
        if (date != null) {
            Cell cell = row.createCell(c);
            cell.setCellValue(date);
            cell.setCellStyle(st.date);
        }
    }

    /** The Cheshire West and Chester variant: every liberty the standard allows, still to be ACCEPTED. */
    private static byte[] writeVariant(Doc d) {
        try (Workbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet cover = wb.createSheet("cover ");
            text(cover, 0, 0, "STOCKTAKE RETURN - " + d.areaName.toUpperCase(Locale.ROOT), st.bold);
            label(cover, 2, "AREA CODE:").setCellValue(d.areaCode);
            label(cover, 3, "Area name").setCellValue(d.areaName);
            label(cover, 4, "template version *").setCellValue("1.0");
            label(cover, 6, "Reporting period:").setCellValue(d.period.financialYear().replace('-', '/') + " Q"
                    + d.period.quarter());
            label(cover, 7, "Programme Strand").setCellValue(d.strand);
            label(cover, 9, "contact name*").setCellValue(d.contact);
            label(cover, 10, "Contact Email:").setCellValue(d.email);
            label(cover, 12, "  Signed off by  ").setCellValue(d.signedOffBy);
            label(cover, 13, "Date signed off *").setCellValue(d.signedOn.format(UK_DATE));
            widths(cover, 22, 40);

            Sheet fam = wb.createSheet("FAMILIES");
            text(fam, 0, 0, "Families", st.bold);
            label(fam, 1, "Families with outcomes achieved to date:").setCellValue(d.outcomes);
            label(fam, 2, "FAMILIES IDENTIFIED").setCellValue(String.format(Locale.UK, "%,d", d.identified));
            label(fam, 3, "families helped to date *").setCellValue(d.helped);
            label(fam, 4, "Families started this quarter:").setCellValue(String.valueOf(d.started));
            label(fam, 6, "Families planned this year").setCellValue(" " + d.planned + " ");
            widths(fam, 42, 12);

            Sheet fund = wb.createSheet("Funding");
            text(fund, 0, 0, "Pooled and aligned budgets", st.bold);
            String[] headers = {"Funding stream", "Partner", "Committed this year", "Arrangement", "SOURCE",
                    "Spent to date (£)", "received to date (£)"};
            Row h = fund.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                h.createCell(c).setCellValue(headers[c]);
            }
            DecimalFormat gbp = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
            int textLine = d.indexOf("Local authority");
            for (int i = 0; i < d.lines.size(); i++) {
                Line l = d.lines.get(i);
                Row r = fund.createRow(3 + i);
                r.createCell(0).setCellValue(l.stream);
                r.createCell(1).setCellValue(l.partner);
                money(r, 2, l.committed, st.money);
                r.createCell(3).setCellValue(l.arrangement);
                r.createCell(4).setCellValue(l.source);
                money(r, 5, l.spent, st.money);
                if (i == textLine) {
                    r.createCell(6).setCellValue(gbp.format(pounds(l.received)));
                } else {
                    money(r, 6, l.received, st.money);
                }
            }
            Row total = fund.createRow(3 + d.lines.size());
            total.createCell(0).setCellValue("Total");
            money(total, 2, d.sum(l -> true, l -> l.committed), st.moneyBold);
            money(total, 5, d.sum(l -> true, l -> l.spent), st.moneyBold);
            money(total, 6, d.sum(l -> true, l -> l.received), st.moneyBold);
            widths(fund, 52, 30, 22, 14, 10, 20, 22);
            return toBytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Sheet s, int row, int col, String value, CellStyle style) {
        Row r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        Cell c = r.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** Writes a label in column A of row {@code row} and returns the value cell in column B. */
    private static Cell label(Sheet s, int row, String label) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        return r.createCell(1);
    }

    private static void money(Row r, int col, long pence, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(pounds(pence).doubleValue());
        c.setCellStyle(style);
    }

    private static void widths(Sheet s, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            s.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static byte[] toBytes(Workbook wb) throws IOException {
        if (wb instanceof XSSFWorkbook x) {
            x.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATED));
            x.getProperties().getCoreProperties().setCreator("stocktake sample generator");
        } else if (wb instanceof HSSFWorkbook h) {
            h.createInformationProperties();
            h.getSummaryInformation().setAuthor("stocktake sample generator");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return wb instanceof XSSFWorkbook ? fixZipTimes(out.toByteArray()) : out.toByteArray();
    }

    /** Rewrites a zip with every entry time fixed, so the same workbook gives the same bytes. */
    static byte[] fixZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(FIXED_ZIP_TIME);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ CSVs

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    private static void writePilots(Path file) throws IOException {
        try (CSVPrinter p = csv(file, "area_code", "area_name", "strand", "first_period", "last_period")) {
            for (RegisterRow r : REGISTER) {
                p.printRecord(r.areaCode(), r.areaName(), r.strand(), r.first(), r.last() == null ? "" : r.last());
            }
        }
    }

    private static void writeLedger(Path file, List<String[]> rows) throws IOException {
        try (CSVPrinter p = csv(file, "area_code", "department", "period", "amount", "reference")) {
            for (String[] r : rows) {
                p.printRecord((Object[]) r);
            }
        }
    }

    private static void writeOutcomes(Path file, List<Doc> docs) throws IOException {
        try (CSVPrinter p = csv(file, "file", "area_code", "period", "status", "rules", "cells", "supersedes",
                "note")) {
            for (Doc d : docs) {
                p.printRecord(d.relativePath(), d.areaCode, d.period, d.status, String.join(";", d.rules),
                        String.join(";", d.cells), d.supersedes, d.note);
            }
        }
    }

    static final String[] FIGURES_HEADER = {"area_code", "area_name", "period", "status", "families_identified",
            "families_started", "families_helped", "families_outcomes", "pooled_committed", "pooled_received",
            "pooled_spent", "aligned_committed", "central_received", "local_received"};

    /** The figures each area's counting return gives, as the standard's {@code figures-<period>.csv} lists them. */
    static List<String> figures(Plan plan, String areaCode, Period p) {
        String name = rowFor(areaCode, p).orElseThrow().areaName();
        Optional<Doc> counting = plan.counting(areaCode, p);
        if (counting.isEmpty()) {
            String status = plan.received(areaCode, p) ? REJECTED : "MISSING";
            List<String> out = new ArrayList<>(List.of(areaCode, name, p.toString(), status));
            while (out.size() < FIGURES_HEADER.length) {
                out.add("");
            }
            return out;
        }
        Doc d = counting.get();
        return List.of(areaCode, name, p.toString(), d.status, String.valueOf(d.identified),
                String.valueOf(d.started), String.valueOf(d.helped), String.valueOf(d.outcomes),
                money(d.sum(l -> l.arrangement.equals("Pooled"), l -> l.committed)),
                money(d.sum(l -> l.arrangement.equals("Pooled"), l -> l.received)),
                money(d.sum(l -> l.arrangement.equals("Pooled"), l -> l.spent)),
                money(d.sum(l -> l.arrangement.equals("Aligned"), l -> l.committed)),
                money(d.sum(l -> l.source.equals("Central"), l -> l.received)),
                money(d.sum(l -> l.source.equals("Local"), l -> l.received)));
    }

    private static String money(long pence) {
        return pounds(pence).toPlainString();
    }

    private static void writeFigures(Path file, Plan plan, Period p) throws IOException {
        try (CSVPrinter out = csv(file, FIGURES_HEADER)) {
            for (AreaInfo a : AREAS.values()) {
                if (rowFor(a.code(), p).isPresent()) {
                    out.printRecord(figures(plan, a.code(), p));
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ README

    private static String readme(Plan plan) {
        StringBuilder s = new StringBuilder();
        s.append("# Sample data\n\n")
                .append("Generated by `org.stocktake.samples.SampleGenerator` (seed ").append(DEFAULT_SEED)
                .append("). Do not edit by hand: regenerate.\n\n")
                .append("```\n./stocktake samples --dir input-samples\n")
                .append("```\n\n")
                .append("Regenerating gives byte-identical CSVs and workbooks (fixed seed, fixed document dates and zip")
                .append(" entry times). Each return's last-modified time is set to its sign-off date, 09:00 UTC (a resubmission two weeks after its original);")
                .append(" git does not keep modification times, so after a checkout the import falls back on file")
                .append(" names, which also sort each original before its resubmission.\n\n")
                .append("Run the import with `--as-of ").append(SUGGESTED_AS_OF)
                .append("` (or later): every sign-off date is on or before it and 2012-13 Q2 is then a past period.\n\n");
        s.append("## Contents\n\n")
                .append("- `reference/pilots.csv` — the register: 16 phase-1 Community Budget pilots (from 2011-12 Q1)")
                .append(" and the whole-place pilots (from 2012-13 Q1); Essex, Greater Manchester and Westminster move")
                .append(" from *Families with multiple problems* to *Whole place* in 2012-13. Source: public reporting")
                .append(" of the programme.\n")
                .append("- `reference/ledger.csv` — central payments per area, department and period (paid in the")
                .append(" period, not cumulative). For every area, period and department they add up, within the")
                .append(" financial year, to the Received to date of the return's `Central` lines of that department —")
                .append(" except one deliberate mismatch (below).\n")
                .append("- `returns/<period>/<area code>-<Area-Name>-<period>.xlsx` — one return per register row and")
                .append(" period from 2011-12 Q1 to 2012-13 Q2.\n")
                .append("- `expected/outcomes.csv` — every return file with its intended status, rule ids and cells.\n")
                .append("- `expected/figures-<period>.csv` — the figures each area's counting return should give,")
                .append(" in the columns of the standard's `figures-<period>.csv`.\n\n");
        Map<String, Integer> perPeriod = new TreeMap<>();
        plan.docs.forEach(d -> perPeriod.merge(d.period.toString(), 1, Integer::sum));
        s.append("| period | return files |\n| --- | --- |\n");
        perPeriod.forEach((p, n) -> s.append("| ").append(p).append(" | ").append(n).append(" |\n"));
        s.append("| total | ").append(plan.docs.size()).append(" |\n\n");
        s.append("Families figures come from a family-level simulation: identified grows by less than 10% a quarter,")
                .append(" helped to date = previous helped + started this quarter, helped and outcomes never fall.")
                .append(" Year one (2011-12 Q4): ")
                .append(plan.docs.stream().filter(d -> d.period.equals(PERIODS.get(3))).mapToInt(d -> d.identified).sum())
                .append(" families identified, ")
                .append(plan.docs.stream().filter(d -> d.period.equals(PERIODS.get(3))).mapToInt(d -> d.helped).sum())
                .append(" helped. Birmingham, Blackpool, Islington and Swindon send a `Family records` sheet")
                .append(" (references like `BHM-00042`) that agrees exactly with their Families figures.\n\n")
                .append("Funding lines are synthetic (no per-partner figures were published): committed is constant")
                .append(" within a financial year, received and spent to date grow quarter by quarter and restart in Q1;")
                .append(" spent ≤ received ≤ committed. Total rows hold `SUM` formulas with cached values.\n\n");
        s.append("## Deliberate mistakes and special files\n\n")
                .append("| file | intended status | rule ids | cells | what |\n| --- | --- | --- | --- | --- |\n");
        for (Doc d : plan.docs) {
            if (!d.rules.isEmpty() || !d.note.isEmpty()) {
                s.append("| `").append(d.relativePath()).append("` | ").append(d.status).append(" | ")
                        .append(d.rules.isEmpty() ? "—" : String.join(", ", d.rules)).append(" | ")
                        .append(d.cells.isEmpty() ? "—" : String.join(", ", d.cells)).append(" | ")
                        .append(d.note.replace("|", "\\|")).append(" |\n");
            }
        }
        s.append("\nAll other returns are meant to be ACCEPTED with no issue at all. Warnings on the Kent and")
                .append(" Lincolnshire returns are *explained* by their Explanations sheet. The rejected returns are")
                .append(" the only ones for their area and period, so those areas show as REJECTED (and")
                .append(" X-MISSING-RETURN \"received but rejected\") for 2012-13 Q2 — except Blackburn with Darwen")
                .append(" and Westminster, whose period or Cover cannot be read: the import cannot tell which area and")
                .append(" period they are for, so those two areas show as MISSING (\"none received\").\n\n")
                .append("Reconciliation findings meant to appear:\n\n")
                .append("- `X-LEDGER-MISMATCH` — Lewisham (").append(LEWISHAM).append("), DWP, 2012-13 Q2: the ledger")
                .append(" has £").append(money(LEDGER_MISMATCH_PENCE))
                .append(" more than the return's DWP Received to date (a payment the area has not yet booked).\n")
                .append("- `X-COHORT-SHIFT` — Leicestershire (").append(LEICESTERSHIRE)
                .append("), 2012-13 Q1: families identified up about 15% after a county-wide sweep.\n")
                .append("- `X-MISSING-RETURN` — 2012-13 Q2 for each area whose only return is rejected (Barnet,")
                .append(" Bradford, Kingston upon Hull, Blackburn with Darwen, Westminster, Islington).\n\n");
        s.append("## Expected figures, 2012-13 Q2\n\n| ").append(String.join(" | ", FIGURES_HEADER))
                .append(" |\n|").append(" --- |".repeat(FIGURES_HEADER.length)).append('\n');
        for (AreaInfo a : AREAS.values()) {
            s.append("| ").append(String.join(" | ", figures(plan, a.code(), PERIODS.get(5)))).append(" |\n");
        }
        s.append("\nRegister, cohort bounds (190 to 4,180 families per area, 22,990 identified and about 1,520 helped")
                .append(" in the first year) and the funding streams named follow public reporting of the programme;")
                .append(" names, e-mail addresses, family references and amounts are invented.\n");
        return s.toString();
    }

    // --------------------------------------------------------------------------------------------- helpers

    private static RegisterRow reg(String code, String name, String strand, String first, String last) {
        return new RegisterRow(code, name, strand, Period.of(first), last == null ? null : Period.of(last));
    }

    private static Map<String, AreaInfo> areas(AreaInfo... infos) {
        Map<String, AreaInfo> m = new LinkedHashMap<>();
        for (AreaInfo a : infos) {
            m.put(a.code(), a);
        }
        return Collections.unmodifiableMap(m);
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
