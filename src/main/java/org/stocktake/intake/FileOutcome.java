package org.stocktake.intake;

import java.time.Duration;
import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.validation.ReturnStatus;

/**
 * What the import made of one file: its row of {@code import-report.csv}, the issues of its feedback (for a
 * quarantined return only where the personal data is) and, for a DUPLICATE, the submission it duplicates.
 *
 * @param submissionId the submission the file became; null for a DUPLICATE
 * @param duplicateOf  the submission a DUPLICATE is byte-identical to; null otherwise
 */
public record FileOutcome(IncomingFile file, String sha256, ReturnStatus status, String areaCode, String period,
        long errors, long warnings, Long submissionId, Long supersedes, Long duplicateOf, List<Issue> issues,
        long familyRecords, Duration took) {

    public FileOutcome {
        issues = List.copyOf(issues);
    }
}
