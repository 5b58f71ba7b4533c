package org.stocktake.bench;

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

import org.flywaydb.core.Flyway;

/**
 * The storage floor: as many rows as the benchmark's return holds, inserted into {@code family_record} of a fresh
 * H2 file database by plain JDBC (batches of 5,000, one transaction and a savepoint, as the import does), with no
 * workbook at all. The database gets the application's own schema from its Flyway migrations, so the floor pays
 * for the same table, key and foreign key as the import.
 */
final class StorageFloor {

    /** The application's migrations on H2, as {@code spring.flyway.locations} names them for that vendor. */
    private static final String[] MIGRATIONS = {"classpath:db/batch/h2", "classpath:db/migration"};
    private static final int BATCH = 5_000;
    private static final String INSERT = "INSERT INTO family_record (submission_id, family_ref, sheet_row,"
            + " date_identified, date_started, date_closed, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private StorageFloor() {
    }

    /** Inserts {@code rows} records into a new database at {@code db}; returns the seconds the inserts took. */
    static double insert(Path db, int rows) throws SQLException {
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
                    ps.setString(2, LargeReturnWriter.reference(i));
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
    static void delete(Path db) throws IOException {
        Path dir = db.toAbsolutePath().getParent();
        String prefix = db.getFileName().toString() + ".";
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
