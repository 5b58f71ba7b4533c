package org.stocktake.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.stocktake.validation.FamilyRecord;
import org.stocktake.validation.FamilyRecordSink;

/**
 * Stores family records in JDBC batches as the sheet streams, inside the caller's transaction; memory holds
 * two batches at a time, whatever the size of the sheet.
 *
 * <p>Inserting is most of an import's time (H2 takes longer to store a million rows than the reader takes to
 * parse and check them), so each full batch is inserted on a worker thread while the sheet goes on streaming
 * into the next one. The worker uses the transaction's own connection, taken on the calling thread, and only
 * one batch is ever in flight, so the connection is never used by two threads at once. Make sure to
 * {@link #close} it: a rejected return's savepoint is rolled back only after the batch in flight has ended.
 */
public final class FamilyRecordWriter implements FamilyRecordSink, AutoCloseable {

    /** Measured against 2,000 and 20,000 on H2: the batch size hardly matters; the per-row index work does. */
    static final int BATCH = 5_000;
    private static final String INSERT = "INSERT INTO family_record (submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Connection connection;
    private final long submissionId;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "family-record-writer");
        t.setDaemon(true);
        return t;
    });
    private List<FamilyRecord> buffer = new ArrayList<>(BATCH);
    private Future<?> inFlight;
    private long written;

    public FamilyRecordWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.connection = DataSourceUtils.getConnection(dataSource); // the transaction's, bound to this thread
        this.submissionId = submissionId;
    }

    @Override
    public void accept(FamilyRecord record) {
        buffer.add(record);
        if (buffer.size() == BATCH) {
            send();
        }
    }

    /** Writes what is buffered and waits until every record is in the database; call once the sheet has ended. */
    public void flush() {
        if (!buffer.isEmpty()) {
            send();
        }
        await();
    }

    public long written() {
        return written;
    }

    /** Waits for the batch in flight, drops what is buffered and stops the worker. */
    @Override
    public void close() {
        try {
            if (inFlight != null) {
                inFlight.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // already reported by await(), or the records are being discarded anyway
        } finally {
            inFlight = null;
            buffer.clear();
            worker.shutdownNow();
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void send() {
        await();
        List<FamilyRecord> batch = buffer;
        buffer = new ArrayList<>(BATCH);
        inFlight = worker.submit(() -> {
            insert(batch);
            return null;
        });
    }

    /** Waits for the batch in flight; its failure is thrown here, on the importing thread, as Spring's would be. */
    private void await() {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing family records", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw jdbc.getExceptionTranslator().translate("storing family records", INSERT, sql);
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } finally {
            inFlight = null;
        }
    }

    private void insert(List<FamilyRecord> batch) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (FamilyRecord r : batch) {
                ps.setLong(1, submissionId);
                ps.setString(2, r.reference());
                ps.setInt(3, r.row());
                setDate(ps, 4, r.identified());
                setDate(ps, 5, r.started());
                setDate(ps, 6, r.closed());
                ps.setString(7, r.outcome());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        written += batch.size();
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date); // JDBC 4.2: no java.sql.Date and its time-zone arithmetic per cell
        }
    }
}
