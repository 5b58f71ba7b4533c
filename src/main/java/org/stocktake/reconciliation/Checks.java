package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.stocktake.standard.Finding;
import org.stocktake.standard.Money;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;

/** The §6 rules for one area, as plain logic over what the database holds. */
final class Checks {

    private Checks() {
    }

    static Finding missing(String area, Period period, boolean rejected) {
        return Finding.of(area, period, Rule.X_MISSING_RETURN, "Return expected for " + period + ": "
                + (rejected ? "received but rejected (no return accepted)" : "none received"));
    }

    /** The checks against the previous period's counting return (skipped by the caller when there is none). */
    static List<Finding> againstPrevious(String area, Period period, ReturnFacts now, Period before,
                                         ReturnFacts then) {
        List<Finding> found = new ArrayList<>();
        long expected = then.helped() + now.started();
        if (now.helped() != expected) {
            found.add(Finding.of(area, period, Rule.X_HELPED_BREAK, "Families helped to date is " + now.helped()
                    + ", but " + before + "'s " + then.helped() + " plus " + now.started()
                    + " started this quarter makes " + expected));
        }
        if (now.helped() < then.helped()) {
            found.add(fell(area, period, "Families helped to date", before, then.helped(), now.helped()));
        }
        if (now.outcomes() < then.outcomes()) {
            found.add(fell(area, period, "Families with outcomes to date", before, then.outcomes(), now.outcomes()));
        }
        if (period.sameFinancialYear(before)) {
            if (now.totalReceived().compareTo(then.totalReceived()) < 0) {
                found.add(fell(area, period, "Total received to date", before, then.totalReceived(),
                        now.totalReceived()));
            }
            if (now.totalSpent().compareTo(then.totalSpent()) < 0) {
                found.add(fell(area, period, "Total spent to date", before, then.totalSpent(), now.totalSpent()));
            }
        }
        cohortShift(area, period, now.identified(), before, then.identified()).ifPresent(found::add);
        return found;
    }

    private static Finding fell(String area, Period period, String measure, Period before, long then, long now) {
        return Finding.of(area, period, Rule.X_DECREASE,
                measure + " fell from " + then + " in " + before + " to " + now);
    }

    private static Finding fell(String area, Period period, String measure, Period before, BigDecimal then,
                                BigDecimal now) {
        return Finding.of(area, period, Rule.X_DECREASE,
                measure + " fell from " + Money.pounds(then) + " in " + before + " to " + Money.pounds(now));
    }

    private static java.util.Optional<Finding> cohortShift(String area, Period period, long now, Period before,
                                                           long then) {
        long change = now - then;
        if (Math.abs(change) * 10 <= then || change == 0) {
            return java.util.Optional.empty();
        }
        String percent = then == 0 ? "from none"
                : (change > 0 ? "+" : "") + BigDecimal.valueOf(change * 100)
                        .divide(BigDecimal.valueOf(then), 1, RoundingMode.HALF_UP).toPlainString() + "%";
        return java.util.Optional.of(Finding.of(area, period, Rule.X_COHORT_SHIFT, "Families identified changed from "
                + then + " in " + before + " to " + now + " (" + percent + ")"));
    }

    /** Central lines against the ledger, department by department. */
    static List<Finding> ledger(String area, Period period, Map<String, BigDecimal> declared,
                                Map<String, BigDecimal> paid) {
        List<Finding> found = new ArrayList<>();
        String upTo = " paid in " + period.financialYear() + " up to Q" + period.quarter();
        TreeSet<String> departments = new TreeSet<>(declared.keySet());
        departments.addAll(paid.keySet());
        for (String department : departments) {
            BigDecimal received = declared.get(department);
            BigDecimal ledger = paid.get(department);
            if (received == null) {
                found.add(Finding.of(area, period, Rule.X_LEDGER_UNDECLARED, "The ledger shows " + Money.pounds(ledger)
                        + upTo + " by " + department + ", but the return has no Central line for " + department));
            } else {
                BigDecimal ledgerSum = ledger == null ? BigDecimal.ZERO : ledger;
                if (received.compareTo(ledgerSum) != 0) {
                    found.add(Finding.of(area, period, Rule.X_LEDGER_MISMATCH, department
                            + ": Received to date on Central lines is " + Money.pounds(received)
                            + ", but the ledger shows " + Money.pounds(ledgerSum) + upTo));
                }
            }
        }
        return found;
    }
}
