package org.stocktake.storage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
import java.util.LinkedHashMap;
import java.util.Map;
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
    private static final int BATCH = JdbcBatchRecordWriter.BATCH;
    private static final String INSERT = JdbcBatchRecordWriter.INSERT;
    private static final int ROWS = JdbcBatchRecordWriter.ROWS_PER_INSERT;

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
        return timed(db, rows, importsWay(rows, reference));
    }

    /**
     * The ways H2 can take {@code rows} records in one transaction (standard §5: a file leaves nothing behind if it
     * fails), each into a fresh database under {@code dir}, deleted after: name → seconds, including the commit.
     */
    public static Map<String, Double> insertWays(Path dir, int rows, IntFunction<String> reference)
            throws SQLException, IOException {
        Map<String, Double> ways = new LinkedHashMap<>();
        ways.put("H2 way: one-row INSERTs in JDBC batches",
                way(dir, "one-row", rows, (c, s) -> {
                    batchedInserts(c, INSERT, 1, s, rows, reference);
                    return "family_record";
                }));
        ways.put("H2 way: multi-row INSERTs of " + ROWS + " rows (the import's)",
                way(dir, "multi-row", rows, importsWay(rows, reference)));
        ways.put("H2 way: INSERT ... SELECT FROM CSVREAD (CSV write included)",
                way(dir, "csvread", rows, (c, s) -> {
                    csvRead(c, dir.resolve("rows.csv"), s, rows, reference);
                    return "family_record";
                }));
        ways.put("H2 way: one-row INSERTs, a copy of the table without its key", way(dir, "no-key", rows, (c, s) -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("CREATE TABLE family_record_nokey AS SELECT * FROM family_record WITH NO DATA");
                    }
                    batchedInserts(c, INSERT.replace("family_record ", "family_record_nokey "), 1, s, rows,
                            reference);
                    return "family_record_nokey";
                }));
        return ways;
    }

    /** Inserts the rows; returns the table they went to. */
    private interface Inserts {
        String run(Connection c, long submission) throws SQLException, IOException;
    }

    /** The import's way: multi-row INSERTs in JDBC batches. */
    private static Inserts importsWay(int rows, IntFunction<String> reference) {
        return (c, submission) -> {
            batchedInserts(c, JdbcBatchRecordWriter.insertOf(ROWS), ROWS, submission, rows, reference);
            return "family_record";
        };
    }

    private static double way(Path dir, String name, int rows, Inserts inserts) throws SQLException, IOException {
        Path db = dir.resolve("way-" + name).toAbsolutePath();
        try {
            return timed(db, rows, inserts);
        } finally {
            deleteH2(db);
        }
    }

    /** Runs the inserts in one transaction and times them with the commit; checks that every row was stored. */
    private static double timed(Path db, int rows, Inserts inserts) throws SQLException {
        String url = "jdbc:h2:file:" + db.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(MIGRATIONS).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            long submission = submission(c);
            Savepoint savepoint = c.setSavepoint();
            long t = System.nanoTime();
            String table;
            try {
                table = inserts.run(c, submission);
            } catch (IOException e) {
                throw new SQLException(e);
            }
            c.releaseSavepoint(savepoint);
            c.commit();
            double seconds = (System.nanoTime() - t) / 1e9;
            try (Statement st = c.createStatement(); var count = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                count.next();
                if (count.getLong(1) != rows) {
                    throw new SQLException(count.getLong(1) + " rows stored in " + table + " of " + rows);
                }
            }
            return seconds;
        }
    }

    /**
     * Binds rows 1..rows, {@code perStatement} to a statement, and executes them in batches of about 5,000 rows; the
     * rows that do not fill a last statement go in one at a time.
     */
    private static void batchedInserts(Connection c, String sql, int perStatement, long submission, int rows,
            IntFunction<String> reference) throws SQLException {
        int whole = rows / perStatement * perStatement;
        bind(c, sql, perStatement, submission, 1, whole, reference);
        if (whole < rows) {
            bind(c, INSERT, 1, submission, whole + 1, rows, reference);
        }
    }

    /** Binds rows {@code first..last}, a whole number of statements' worth. */
    private static void bind(Connection c, String sql, int perStatement, long submission, int first, int last,
            IntFunction<String> reference) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int bound = 0;
            for (int i = first; i <= last; i += perStatement) {
                for (int r = 0; r < perStatement; r++) {
                    Object[] values = row(i + r, submission, reference);
                    for (int v = 0; v < values.length; v++) {
                        ps.setObject(r * values.length + v + 1, values[v], TYPES[v]);
                    }
                }
                ps.addBatch();
                bound += perStatement;
                if (bound % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void csvRead(Connection c, Path csv, long submission, int rows, IntFunction<String> reference)
            throws SQLException, IOException {
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= rows; i++) {
                Object[] values = row(i, submission, reference);
                for (int v = 0; v < values.length; v++) {
                    out.write(v == 0 ? "" : ",");
                    out.write(values[v] == null ? "" : values[v].toString());
                }
                out.write('\n');
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO family_record SELECT * FROM CSVREAD('" + csv.toAbsolutePath()
                    + "', 'record_key,submission_id,family_ref,sheet_row,date_identified,date_started,date_closed,"
                    + "outcome', 'charset=UTF-8 null=')");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.DATE,
        Types.DATE, Types.DATE, Types.VARCHAR};

    /** The values of record {@code i}, in the INSERT's column order. */
    private static Object[] row(int i, long submission, IntFunction<String> reference) {
        LocalDate identified = LocalDate.of(2009, 1, 1).plusDays(i % 1300);
        return new Object[] {FamilyRecordStore.key(submission, i + 1), submission, reference.apply(i), i + 1,
            identified, i % 4 != 0 ? identified.plusDays(i % 60) : null,
            i % 4 != 0 && i % 3 == 0 ? identified.plusDays(i % 60 + 100) : null,
            i % 4 != 0 && i % 5 != 0 ? "Education" : null};
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
