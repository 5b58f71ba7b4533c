package org.stocktake.storage;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Locks that let several nodes share one database. On PostgreSQL they are advisory locks; on H2 (one node:
 * the embedded database of a single machine) there are none and the unique constraints remain the backstop.
 */
@Component
public class DatabaseLocks {

    /** Key space of the pack locks (two-int advisory keys never collide with the one-bigint file keys). */
    private static final int PACK_LOCKS = 0x5354_4b50; // "STKP"

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean postgres;

    DatabaseLocks(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Holds the file's content for the rest of the current transaction: another node importing a byte-identical
     * file waits here until this transaction ends, then sees what it committed. One lock per transaction (one
     * file per chunk), so nodes cannot deadlock.
     */
    public void lockFileForTransaction(String sha256) {
        if (postgres) {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(Long.parseUnsignedLong(sha256.substring(0, 16), 16))
                    .query(Object.class).single();
        }
    }

    /** A session lock on a period's pack, held on its own connection until closed. */
    public PeriodLock periodLock(String period) {
        if (!postgres) {
            return PeriodLock.NONE;
        }
        try {
            // its own connection, outside any transaction: the lock lives as long as this session
            return new PeriodLock(dataSource.getConnection(), period.hashCode());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** A held or wanted lock on one period; {@link #NONE} on a single-node database. */
    public static class PeriodLock implements AutoCloseable {

        static final PeriodLock NONE = new PeriodLock(null, 0);

        private final Connection connection;
        private final int key;
        private boolean held;

        PeriodLock(Connection connection, int key) {
            this.connection = connection;
            this.key = key;
        }

        /** True when this node has the lock now; false when another node holds it. */
        public boolean tryLock() {
            if (connection == null) {
                return held = true;
            }
            return held = query("SELECT pg_try_advisory_lock(?, ?)");
        }

        /** Waits until the node that holds the lock lets go of it. */
        public void lock() {
            if (connection == null) {
                held = true;
                return;
            }
            query("SELECT pg_advisory_lock(?, ?) IS NULL");
            held = true;
        }

        private boolean query(String sql) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, PACK_LOCKS);
                statement.setInt(2, key);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("pack lock: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try {
                if (held) {
                    query("SELECT pg_advisory_unlock(?, ?)");
                }
                connection.close();
            } catch (SQLException | RuntimeException e) {
                // closing the connection ends the session, which releases the lock anyway
            }
        }
    }

    /** Who this process is, for the logs and the pack_render table. */
    public static String processName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
