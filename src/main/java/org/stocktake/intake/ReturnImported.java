package org.stocktake.intake;

import java.util.List;

import org.stocktake.standard.Issue;
import org.stocktake.validation.ReturnStatus;

/**
 * Published by {@link ReturnImporter} inside the transaction of a file it submitted (not for a DUPLICATE, which
 * changes nothing), so that what listens (the feedback e-mail's outbox row) commits or rolls back with the file.
 * Every value follows {@link org.stocktake.feedback.Quarantine}: for a quarantined return the area, period and
 * contact e-mail are null and the issues are only those that say where the personal data is.
 *
 * @param fileName     the file's name as reported (relative to the inbox, or as uploaded)
 * @param fileBaseName the last part of its name, which its feedback files are named after
 * @param contactEmail the Cover's contact e-mail when it could be read; null otherwise
 * @param uploadedBy   the portal user who uploaded it; null for a file of the inbox
 * @param issues       the issues as stored with the submission
 */
public record ReturnImported(long submissionId, String fileName, String fileBaseName, ReturnStatus status,
        String areaCode, String period, String contactEmail, String uploadedBy, long errors, long warnings,
        Long supersedes, List<Issue> issues) {

    public ReturnImported {
        issues = List.copyOf(issues);
    }

    public boolean uploaded() {
        return uploadedBy != null;
    }
}
