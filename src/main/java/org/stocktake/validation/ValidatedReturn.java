package org.stocktake.validation;

import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;

/**
 * The outcome of validating one workbook: its status, every issue found and, where they could be read, the
 * cover, families and funding lines. Cover fields may be partly null on a rejected return; {@code areaCode}
 * and {@code period} are what could be read, for reporting.
 */
public record ValidatedReturn(ReturnStatus status, String areaCode, Period period, Cover cover, Families families,
        List<FundingLine> fundingLines, long familyRecords, List<Issue> issues) {

    public ValidatedReturn {
        fundingLines = List.copyOf(fundingLines);
        issues = List.copyOf(issues);
    }

    public long errors() {
        return issues.stream().filter(Issue::isError).count();
    }

    public long warnings() {
        return issues.stream().filter(Issue::isWarning).count();
    }

    public boolean quarantined() {
        return status == ReturnStatus.QUARANTINED;
    }

    /** The status an issue list earns: personal data quarantines, any error rejects, any warning marks. */
    static ReturnStatus statusOf(List<Issue> issues) {
        if (issues.stream().anyMatch(i -> i.rule() == Rule.REC_PERSONAL_DATA)) {
            return ReturnStatus.QUARANTINED;
        }
        if (issues.stream().anyMatch(Issue::isError)) {
            return ReturnStatus.REJECTED;
        }
        return issues.stream().anyMatch(Issue::isWarning) ? ReturnStatus.ACCEPTED_WITH_WARNINGS : ReturnStatus.ACCEPTED;
    }
}
