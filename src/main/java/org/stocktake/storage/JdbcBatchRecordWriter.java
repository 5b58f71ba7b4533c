package org.stocktake.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.validation.FamilyRecord;

/**
 * Stores family records in JDBC batches as the sheet streams (H2's way; see {@link FamilyRecordStore}); memory holds
 * one batch at a time, whatever the size of the sheet.
 */
final class JdbcBatchRecordWriter implements FamilyRecordWriter {

    /** Measured against 2,000 and 20,000 on H2: the batch size hardly matters; the per-row index work does. */
    static final int BATCH = 5_000;
    private static final String INSERT = "INSERT INTO family_record (submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private final List<FamilyRecord> buffer = new ArrayList<>(BATCH);

    JdbcBatchRecordWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    @Override
    public void accept(FamilyRecord record) {
        buffer.add(record);
        if (buffer.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
    }

    /** Drops what is buffered: the batches already executed go with the rollback that follows. */
    @Override
    public void close() {
        buffer.clear();
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                FamilyRecord r = buffer.get(i);
                ps.setLong(1, submissionId);
                ps.setString(2, r.reference());
                ps.setInt(3, r.row());
                setDate(ps, 4, r.identified());
                setDate(ps, 5, r.started());
                setDate(ps, 6, r.closed());
                ps.setString(7, r.outcome());
            }

            @Override
            public int getBatchSize() {
                return buffer.size();
            }
        });
        buffer.clear();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date); // JDBC 4.2: no java.sql.Date and its time-zone arithmetic per cell
        }
    }
}
