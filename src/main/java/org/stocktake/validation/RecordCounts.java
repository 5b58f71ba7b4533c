package org.stocktake.validation;

import java.time.LocalDate;
import java.util.Locale;

import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.standard.Rule;

/**
 * What the Families figures must agree with when the Family records sheet has records (standard §3.3, rule
 * REC-COUNTS): the records, those with a Date started, those started in the period, those with an Outcome.
 */
final class RecordCounts {

    private final Period period;
    private long records;
    private long withStart;
    private long startedInPeriod;
    private long withOutcome;

    RecordCounts(Period period) {
        this.period = period;
    }

    /** Counts one record: its start date if readable, whether a start or an outcome was entered at all. */
    void count(LocalDate started, boolean startEntered, boolean outcomeEntered) {
        records++;
        if (started != null) {
            withStart++;
            if (period != null && period.contains(started)) {
                startedInPeriod++;
            }
        } else if (startEntered) {
            withStart++; // a start was entered, if unreadably: it counts as helped
        }
        if (outcomeEntered) {
            withOutcome++;
        }
    }

    long records() {
        return records;
    }

    /** REC-COUNTS for each declared figure that differs; {@code startedColumn} says whether the sheet has one. */
    void check(FamiliesRules.Read families, boolean startedColumn, Issues issues) {
        if (records == 0) {
            return;
        }
        compare(families, FamiliesLabels.IDENTIFIED, records, "records", issues);
        compare(families, FamiliesLabels.HELPED, withStart, "records with a " + RecordColumns.STARTED.label(), issues);
        if (period != null) {
            compare(families, FamiliesLabels.STARTED, startedColumn ? startedInPeriod : 0,
                    "records whose " + RecordColumns.STARTED.label() + " falls in " + period, issues);
        }
        compare(families, FamiliesLabels.OUTCOMES, withOutcome, "records with an " + RecordColumns.OUTCOME.label(),
                issues);
    }

    private static void compare(FamiliesRules.Read families, Field field, long counted, String what, Issues issues) {
        Long declared = families.values().get(field);
        if (declared != null && declared != counted) {
            issues.at(Rule.REC_COUNTS, families.sheet(), families.refs().get(field), String.format(Locale.UK,
                    "%s is declared as %,d but the %s sheet has %,d %s; make the figure and the records agree",
                    field.key(), declared, ReturnLayout.FAMILY_RECORDS, counted, what));
        }
    }
}
