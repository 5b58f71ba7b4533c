package org.stocktake.feedback;

import org.stocktake.standard.ReturnLayout;
import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.validation.ReturnStatus;

/**
 * The one rule that keeps personal data out of every output (standard §4, REC-PERSONAL-DATA). A return with
 * personal data in its Family records sheet is QUARANTINED: nothing of its content is stored or repeated — not
 * its area or period, not its other issues, no copy of the workbook — only where the personal data is, by sheet
 * and cell. And since any Family records cell may hold what a family told a worker, a one-line summary names a
 * Family records issue by rule and cell, never by its message.
 */
public final class Quarantine {

    private Quarantine() {
    }

    /** The issues that may be stored and reported: for a quarantined return only those that say where. */
    public static List<Issue> keptIssues(ReturnStatus status, List<Issue> issues) {
        return status == ReturnStatus.QUARANTINED
                ? issues.stream().filter(i -> i.rule() == Rule.REC_PERSONAL_DATA).toList()
                : issues;
    }

    /** A value read from the return (its area code, its period), or null when the return is quarantined. */
    public static <T> T kept(ReturnStatus status, T value) {
        return status == ReturnStatus.QUARANTINED ? null : value;
    }

    /** True when a copy of the workbook may be written: never when the return holds personal data. */
    public static boolean allowsCopy(ReturnStatus status, List<Issue> issues) {
        return status != ReturnStatus.QUARANTINED && allowsCopy(issues);
    }

    /** True when no issue says the workbook holds personal data, so a copy of it may be written. */
    public static boolean allowsCopy(List<Issue> issues) {
        return issues.stream().noneMatch(i -> i.rule() == Rule.REC_PERSONAL_DATA);
    }

    /** How a one-line summary may show an issue: its message, or rule and cell for a Family records issue. */
    public static String summaryText(Issue issue) {
        return ReturnLayout.FAMILY_RECORDS.equals(issue.sheet()) ? issue.rule().id() + " at " + issue.sheet() + "!" + issue.cell()
                : issue.message();
    }
}
