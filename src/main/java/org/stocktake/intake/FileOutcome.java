package org.stocktake.intake;

import java.time.Duration;
import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.validation.ReturnStatus;

/** What the import made of one file: the row of {@code import-report.csv} and the issues for its feedback. */
public record FileOutcome(InboxFile file, String sha256, ReturnStatus status, String areaCode, String period,
        long errors, long warnings, Long submissionId, Long supersedes, List<Issue> issues, long familyRecords,
        Duration took) {

    public FileOutcome {
        issues = List.copyOf(issues);
    }
}
