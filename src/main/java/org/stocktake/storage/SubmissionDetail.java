package org.stocktake.storage;

import java.time.Instant;

import org.stocktake.validation.ReturnStatus;

/**
 * A submission as the portal shows it: its file, where it came from and what became of it.
 *
 * @param areaCode   the area it belongs to: the one on its Cover, or for an upload whose area could not be read (or
 *                   may not be kept) the uploader's; null for such a file from the inbox
 * @param period     as written on its Cover ({@code 2012-13 Q1}); null when unreadable or quarantined
 * @param uploadedBy the e-mail of the portal user who uploaded it; null for a file from the inbox
 * @param supersedes the submission that counted for the area and period before this one, if any
 */
public record SubmissionDetail(long id, String fileName, String sha256, long sizeBytes, Instant importedAt,
        ReturnStatus status, String areaCode, String period, int errors, int warnings, Long supersedes,
        String uploadedBy) {

    /** The file's own name, without the inbox folders it was found in: downloads are named after it. */
    public String baseName() {
        int slash = fileName.lastIndexOf('/');
        return slash < 0 ? fileName : fileName.substring(slash + 1);
    }
}
