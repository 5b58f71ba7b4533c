package org.stocktake.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.stocktake.validation.FamilyRecord;

/**
 * Stores family records in JDBC batches of multi-row INSERTs as the sheet streams (H2's way; see
 * {@link FamilyRecordStore}), on the connection of the caller's transaction. H2 stores in the importing JVM, so
 * storing and parsing would take turns on one core; from the first full batch on, batches are inserted by a second
 * thread ({@link BackgroundBatches}) while this one reads on, and the two cores share the work. Memory holds at most
 * three batches, whatever the size of the sheet. A return of one batch or less is stored on the caller's thread,
 * with no thread started.
 */
final class JdbcBatchRecordWriter implements FamilyRecordWriter {

    /** Measured against 2,000 and 20,000 on H2: the batch size hardly matters; the per-row index work does. */
    static final int BATCH = 5_000;
    static final String INSERT = "INSERT INTO family_record (record_key, submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Rows per INSERT statement: H2 pays its per-statement work (a statement's snapshot, locks, the batch loop) once
     * per 100 rows rather than per row. Measured in the import, alternating: 7.76 and 8.92 s against 8.82 and 9.53 s
     * with one-row statements (1,000,000 records); {@code bench --h2-ways}: 12% faster.
     */
    static final int ROWS_PER_INSERT = 100;
    /** The values {@link #INSERT} takes for a record. */
    private static final int COLUMNS = 8;

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private List<FamilyRecord> buffer = new ArrayList<>(BATCH);
    private Connection connection;
    private BackgroundBatches background;

    JdbcBatchRecordWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    @Override
    public void accept(FamilyRecord record) {
        buffer.add(record);
        if (buffer.size() == BATCH) {
            if (background == null) {
                Connection transactional = connection();
                background = new BackgroundBatches(batch -> insert(transactional, submissionId, batch),
                        this::translate);
            }
            background.submit(buffer);
            buffer = new ArrayList<>(BATCH);
        }
    }

    @Override
    public void finish() {
        if (background != null) {
            background.submit(buffer);
            background.finish();
        } else if (!buffer.isEmpty()) {
            try {
                insert(connection(), submissionId, buffer);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        buffer.clear();
    }

    /**
     * Drops what is buffered and waits for a batch being inserted to end, so that the connection is idle for the
     * rollback that follows; the batches already inserted go with it.
     */
    @Override
    public void close() {
        buffer.clear();
        try {
            if (background != null) {
                background.abandon();
            }
        } finally {
            if (connection != null) {
                DataSourceUtils.releaseConnection(connection, dataSource());
                connection = null;
            }
        }
    }

    /** Taken on the caller's thread, where the file's transaction is bound; used by one thread at a time. */
    private Connection connection() {
        if (connection == null) {
            connection = DataSourceUtils.getConnection(dataSource());
        }
        return connection;
    }

    static void insert(Connection connection, long submissionId, List<FamilyRecord> batch) throws SQLException {
        int whole = batch.size() - batch.size() % ROWS_PER_INSERT;
        if (whole > 0) {
            try (PreparedStatement ps = connection.prepareStatement(insertOf(ROWS_PER_INSERT))) {
                for (int at = 0; at < whole; at += ROWS_PER_INSERT) {
                    for (int i = 0; i < ROWS_PER_INSERT; i++) {
                        set(ps, i * COLUMNS, submissionId, batch.get(at + i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (whole < batch.size()) {
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                for (FamilyRecord r : batch.subList(whole, batch.size())) {
                    set(ps, 0, submissionId, r);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The INSERT of {@code rows} records in one statement. */
    static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int i = 1; i < rows; i++) {
            sql.append(", (?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private static void set(PreparedStatement ps, int at, long submissionId, FamilyRecord r) throws SQLException {
        ps.setLong(at + 1, FamilyRecordStore.key(submissionId, r.row()));
        ps.setLong(at + 2, submissionId);
        ps.setString(at + 3, r.reference());
        ps.setInt(at + 4, r.row());
        setDate(ps, at + 5, r.identified());
        setDate(ps, at + 6, r.started());
        setDate(ps, at + 7, r.closed());
        ps.setString(at + 8, r.outcome());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date); // JDBC 4.2: no java.sql.Date and its time-zone arithmetic per cell
        }
    }

    private DataSource dataSource() {
        return jdbc.getDataSource();
    }

    private DataAccessException translate(SQLException e) {
        DataAccessException translated = jdbc.getExceptionTranslator().translate("insert family_record", INSERT, e);
        return translated != null ? translated : new UncategorizedSQLException("insert family_record", INSERT, e);
    }
}
