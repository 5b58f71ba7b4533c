package org.stocktake.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.IntFunction;

import org.flywaydb.core.Flyway;

/**
 * The benchmark's databases, made to be thrown away: a PostgreSQL database created and dropped beside the one a
 * URL names, an H2 file database deleted with its side files, and the storage floor, plain JDBC inserts of family
 * records into a fresh H2 database with the application's own schema (its Flyway migrations), as the import stores
 * them (batches of 5,000, one transaction and a savepoint), with no workbook at all.
 */
public final class ThrowawayDatabases {

    /** The application's migrations on H2, as {@code spring.flyway.locations} names them for that vendor. */
    private static final String[] MIGRATIONS = {"classpath:db/batch/h2", "classpath:db/migration"};
    private static final int BATCH = 5_000;
    private static final String INSERT = "INSERT INTO family_record (submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private ThrowawayDatabases() {
    }

    /** Creates the database {@code name} on the server of {@code url} (the user needs CREATEDB). */
    public static void createPostgres(String url, String user, String password, String name) throws SQLException {
        admin(url, user, password, "CREATE DATABASE " + name);
    }

    public static void dropPostgres(String url, String user, String password, String name) throws SQLException {
        admin(url, user, password, "DROP DATABASE IF EXISTS " + name);
    }

    private static void admin(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Inserts {@code rows} records, with the references {@code reference} gives, into a new H2 database at
     * {@code db}; returns the seconds the inserts took.
     */
    public static double insertFloor(Path db, int rows, IntFunction<String> reference) throws SQLException {
        String url = "jdbc:h2:file:" + db.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(MIGRATIONS).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            long submission = submission(c);
            Savepoint savepoint = c.setSavepoint();
            long t = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                LocalDate base = LocalDate.of(2009, 1, 1);
                for (int i = 1; i <= rows; i++) {
                    LocalDate identified = base.plusDays(i % 1300);
                    ps.setLong(1, submission);
                    ps.setString(2, reference.apply(i));
                    ps.setInt(3, i + 1);
                    ps.setObject(4, identified);
                    ps.setObject(5, i % 4 != 0 ? identified.plusDays(i % 60) : null, Types.DATE);
                    ps.setObject(6, i % 4 != 0 && i % 3 == 0 ? identified.plusDays(i % 60 + 100) : null, Types.DATE);
                    ps.setString(7, i % 4 != 0 && i % 5 != 0 ? "Education" : null);
                    ps.addBatch();
                    if (i % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.releaseSavepoint(savepoint);
            c.commit();
            return (System.nanoTime() - t) / 1e9;
        }
    }

    /** The submission the records hang from. */
    private static long submission(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (file_name, sha256, size_bytes,"
                + " imported_at, status, errors, warnings) VALUES (?, ?, 0, ?, 'IMPORTING', 0, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, "storage-floor");
            ps.setString(2, "0".repeat(64));
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Deletes an H2 file database's files (a million-row database is some hundreds of MiB). */
    public static void deleteH2(Path db) throws IOException {
        Path dir = db.toAbsolutePath().getParent();
        String prefix = db.getFileName().toString() + ".";
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
