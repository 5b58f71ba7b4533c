package org.stocktake.storage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where family records go: each database its fastest way that keeps a file's rows in the file's transaction
 * (measured: README, Benchmarks). PostgreSQL takes them by {@code COPY}, streamed while the sheet is read
 * ({@link CopyRecordWriter}); H2 by JDBC batches inserted beside the reading ({@link JdbcBatchRecordWriter}). A record
 * is keyed by its submission and sheet row, packed into one number ({@link #key}, V7); a family reference given twice
 * never reaches either: the validator reports it (REC-DUPLICATE at the cell) and the return is rejected.
 */
@Repository
public class FamilyRecordStore {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    FamilyRecordStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = DatabaseLocks.isPostgres(jdbc.getDataSource());
    }

    /** Sheet rows per submission in the key's range: a sheet has at most 2^20 rows (V7 checks the same). */
    static final long ROWS_PER_SUBMISSION = 1L << 21;

    /** The key of the record from the given row of a submission's Family records sheet. */
    static long key(long submissionId, int sheetRow) {
        return submissionId * ROWS_PER_SUBMISSION + sheetRow;
    }

    /** A writer for one submission's records, in the current transaction. */
    public FamilyRecordWriter writer(long submissionId) {
        return postgres ? new CopyRecordWriter(jdbc, submissionId) : new JdbcBatchRecordWriter(jdbc, submissionId);
    }
}
