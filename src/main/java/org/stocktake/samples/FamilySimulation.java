package org.stocktake.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Family;
import org.stocktake.samples.SampleModel.FamilyRecord;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/**
 * The families of an area quarter by quarter: identified, started, closed, with an outcome. Every return's
 * Families figures are counted from it, so they are consistent with the previous quarter and with the area's
 * Family records sheet.
 */
final class FamilySimulation {

    /** Identified families as a share of the cohort, and helped to date as a share of it, per sample period. */
    private static final double[] IDENTIFIED = {0.91, 0.95, 0.98, 1.00, 1.03, 1.05};
    private static final double[] HELPED = {0.009, 0.023, 0.043, 0.066, 0.095, 0.128};

    private FamilySimulation() {
    }

    private static int targetIdentified(AreaInfo area, int periodIndex) {
        if (area.code().equals(AreaTables.CHESHIRE)) {
            return (int) Math.round(area.cohort() * (periodIndex == 4 ? 0.96 : 1.0));
        }
        double share = IDENTIFIED[periodIndex];
        if (area.code().equals(AreaTables.LEICESTERSHIRE) && periodIndex >= 4) {
            share = periodIndex == 4 ? 1.15 : 1.17; // a county-wide sweep: deliberate X-COHORT-SHIFT in 2012-13 Q1
        }
        return (int) Math.round(area.cohort() * share);
    }

    private static int targetHelped(AreaInfo area, int periodIndex) {
        double share = area.code().equals(AreaTables.CHESHIRE) ? (periodIndex == 4 ? 0.03 : 0.065)
                : HELPED[periodIndex];
        return (int) Math.round(area.cohort() * share);
    }

    /** Families identified, started and closed quarter by quarter, hitting the target counts exactly. */
    static List<Family> simulateFamilies(AreaInfo area, List<Period> periods, Random rng) {
        List<Family> families = new ArrayList<>();
        int helped = 0;
        for (int k = 0; k < periods.size(); k++) {
            Period p = periods.get(k);
            int index = SampleGenerator.PERIODS.indexOf(p);
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

    static void fillFamilies(Doc d, List<Family> families, Period p) {
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
}
