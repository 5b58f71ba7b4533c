package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.pounds;
import static org.stocktake.standard.CodeList.ALIGNED;
import static org.stocktake.standard.CodeList.POOLED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.Line;
import org.stocktake.samples.SampleModel.Plan;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/**
 * The budget lines of an area, year by year: which partners' budgets it pools or aligns, committed for the
 * year, received and spent to date growing quarter by quarter; and the ledger's central payments, which add up
 * to the Received to date of the central lines.
 */
final class FundingPlan {

    /** A budget line a pilot may pool or align: its partner, stream, arrangement and a typical size. */
    record Budget(String partner, String stream, String arrangement, long basePounds) {
    }

    private static final List<Budget> CORE_LINES = List.of(
            new Budget("DWP", "European Social Fund - families with multiple problems", "Virtual pool", 450_000),
            new Budget("DCLG", "Community Budget pilot grant", POOLED, 250_000),
            new Budget("Local authority", "Family intervention service", POOLED, 1_200_000),
            new Budget("Police", "Neighbourhood policing - anti-social behaviour", ALIGNED, 180_000),
            new Budget("Health", "Substance misuse treatment", ALIGNED, 320_000));

    private static final List<Budget> OPTIONAL_LINES = List.of(
            new Budget("Jobcentre Plus", "Adviser secondment", "In kind", 60_000),
            new Budget("Probation", "Integrated offender management", ALIGNED, 140_000),
            new Budget("Schools", "Attendance and exclusions service", POOLED, 90_000),
            new Budget("Voluntary and community sector", "Family mentoring", POOLED, 75_000),
            new Budget("Fire and rescue", "Home safety visits", "In kind", 35_000),
            new Budget("DfE", "Early Intervention Grant", POOLED, 600_000),
            new Budget("Home Office", "Ending Gang and Youth Violence", ALIGNED, 120_000),
            new Budget("Ministry of Justice", "Youth Justice Board prevention", ALIGNED, 110_000),
            new Budget("Department of Health", "Drug Intervention Programme", ALIGNED, 210_000),
            new Budget("Other", "Housing association tenancy sustainment", ALIGNED, 55_000));

    private static final Budget WHOLE_PLACE_LINE =
            new Budget("Local authority", "Whole-place joint investment fund", POOLED, 2_000_000);

    /** Per-line plan for one financial year: committed, cumulative received shares per quarter, spent share. */
    record YearLine(Budget t, long committed, double[] receivedShare, double spentShare) {

        long received(int quarter) {
            return Math.round(committed * receivedShare[quarter - 1]);
        }

        long spent(int quarter) {
            return Math.round(received(quarter) * spentShare);
        }

        String source() {
            return CodeList.isCentralPartner(t.partner) ? CodeList.CENTRAL : CodeList.LOCAL;
        }

        /** The budget line as a return for the quarter shows it. */
        Line asOf(int quarter) {
            return new Line(t.partner, t.stream, source(), t.arrangement, committed, received(quarter), spent(quarter));
        }
    }

    static List<Budget> chooseBudgets(Random rng) {
        List<Budget> optional = new ArrayList<>(OPTIONAL_LINES);
        Collections.shuffle(optional, rng);
        List<Budget> chosen = new ArrayList<>(optional.subList(0, rng.nextInt(7)));
        chosen.sort(Comparator.comparingInt(OPTIONAL_LINES::indexOf));
        List<Budget> all = new ArrayList<>(CORE_LINES);
        all.addAll(chosen);
        return all;
    }

    static List<YearLine> yearLines(AreaInfo area, int year, List<Budget> budgets, Random rng) {
        List<Budget> ts = new ArrayList<>(budgets);
        Period q1 = new Period(year, 1);
        boolean wholePlace = AreaTables.rowFor(area.code(), q1)
                .map(r -> r.strand().equals(CodeList.WHOLE_PLACE)).orElse(false);
        if (wholePlace) {
            ts.add(2, WHOLE_PLACE_LINE);
        }
        double scale = Math.max(0.35, Math.min(2.5, area.cohort() / 1500.0)) * (wholePlace ? 1.5 : 1.0);
        List<YearLine> out = new ArrayList<>();
        for (Budget t : ts) {
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

    static void addLedgerRows(Plan plan, String areaCode, Period p, List<YearLine> lines) {
        for (String dept : CodeList.CENTRAL_PARTNERS) {
            List<YearLine> ofDept = lines.stream().filter(l -> l.t.partner.equals(dept)).toList();
            if (ofDept.isEmpty()) {
                continue;
            }
            long toDate = ofDept.stream().mapToLong(l -> l.received(p.quarter())).sum();
            long before = p.quarter() == 1 ? 0 : ofDept.stream().mapToLong(l -> l.received(p.quarter() - 1)).sum();
            long paid = toDate - before;
            if (areaCode.equals(AreaTables.LEWISHAM) && dept.equals("DWP")
                    && p.equals(SampleGenerator.PERIODS.get(5))) {
                paid += AreaTables.LEDGER_MISMATCH_PENCE;
            }
            if (paid > 0) {
                plan.ledger.add(new String[] {areaCode, dept, p.toString(), pounds(paid).toPlainString(),
                        departmentCode(dept) + "/" + areaCode + "/" + p.fileName()});
            }
        }
    }

    private FundingPlan() {
    }
}
