package org.stocktake.storage;

import org.stocktake.validation.ReturnStatus;

/** A submission already in the database: its file, its outcome and, where it could be read, its area and period. */
public record StoredSubmission(long id, String fileName, String sha256, ReturnStatus status, String areaCode,
        String period) {
}
