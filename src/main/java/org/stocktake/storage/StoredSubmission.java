package org.stocktake.storage;

/** A submission already in the database, as the import needs to know it. */
public record StoredSubmission(long id, String fileName, String sha256, String status, String areaCode, String period) {
}
