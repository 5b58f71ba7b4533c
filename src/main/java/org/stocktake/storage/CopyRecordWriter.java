package org.stocktake.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.JdbcUpdateAffectedIncorrectNumberOfRowsException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.stocktake.validation.FamilyRecord;

/**
 * Streams family records into PostgreSQL with {@code COPY … FROM STDIN} in the binary format, on the connection of
 * the caller's transaction, while the sheet is read: the server stores rows as they arrive, in its own process, so
 * storing overlaps parsing. The COPY is part of the file's transaction: rolled back with it (or to the records'
 * savepoint), it leaves nothing. No other statement may run on the connection until {@link #finish} or
 * {@link #close}; nothing does, since validation is plain Java.
 *
 * <p>The binary format needs no escaping: each field is its length and its bytes (PostgreSQL's "Binary Format" of
 * COPY): bigint and int big-endian, a date as days since 2000-01-01, text in UTF-8 (the driver's client encoding),
 * checked by the server against the column's type as any insert is.
 */
final class CopyRecordWriter implements FamilyRecordWriter {

    static final String COPY = "COPY family_record (record_key, submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) FROM STDIN (FORMAT binary)";
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 8;
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    /** Sent to the server in messages of this size. */
    private static final int CHUNK = 1 << 16;

    private final JdbcTemplate jdbc;
    private final long submissionId;
    private ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    private Connection connection;
    private CopyIn copy;
    private long rows;

    CopyRecordWriter(JdbcTemplate jdbc, long submissionId) {
        this.jdbc = jdbc;
        this.submissionId = submissionId;
    }

    @Override
    public void accept(FamilyRecord record) {
        if (copy == null) {
            start();
        }
        byte[] reference = utf8(record.reference());
        byte[] outcome = record.outcome() == null ? null : utf8(record.outcome());
        ensure(2 + 2 * 12 + 4 + reference.length + 8 + 3 * 8 + 4 + (outcome == null ? 0 : outcome.length));
        buffer.putShort(FIELDS);
        buffer.putInt(8).putLong(FamilyRecordStore.key(submissionId, record.row()));
        buffer.putInt(8).putLong(submissionId);
        buffer.putInt(reference.length).put(reference);
        buffer.putInt(4).putInt(record.row());
        date(record.identified());
        date(record.started());
        date(record.closed());
        if (outcome == null) {
            buffer.putInt(-1);
        } else {
            buffer.putInt(outcome.length).put(outcome);
        }
        rows++;
    }

    @Override
    public void finish() {
        if (copy == null) {
            return;
        }
        ensure(2);
        buffer.putShort((short) -1); // the trailer
        try {
            send();
            long stored = copy.endCopy();
            copy = null;
            if (stored != rows) {
                throw new JdbcUpdateAffectedIncorrectNumberOfRowsException(COPY, Math.toIntExact(rows),
                        Math.toIntExact(stored));
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Cancels an unfinished COPY: the server fails it, and the rollback that follows makes the connection usable. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            copy = null;
            DataSourceUtils.releaseConnection(connection, dataSource());
            connection = null;
        }
    }

    private void start() {
        DataSource dataSource = dataSource();
        connection = DataSourceUtils.getConnection(dataSource); // the file's transaction's connection
        try {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        } catch (SQLException e) {
            throw translate(e);
        }
        buffer.put(SIGNATURE).putInt(0).putInt(0); // no flags, no header extension
    }

    private void date(LocalDate date) {
        if (date == null) {
            buffer.putInt(-1);
        } else {
            buffer.putInt(4).putInt(Math.toIntExact(date.toEpochDay() - POSTGRES_EPOCH_DAY));
        }
    }

    /** Room for {@code bytes} more: sends what is buffered when it would not fit. */
    private void ensure(int bytes) {
        if (buffer.remaining() >= bytes) {
            return;
        }
        try {
            send();
        } catch (SQLException e) {
            throw translate(e);
        }
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(bytes);
        }
    }

    private void send() throws SQLException {
        if (buffer.position() > 0) {
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private DataSource dataSource() {
        return jdbc.getDataSource();
    }

    private DataAccessException translate(SQLException e) {
        DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY family_record", COPY, e);
        return translated != null ? translated : new UncategorizedSQLException("COPY family_record", COPY, e);
    }
}
