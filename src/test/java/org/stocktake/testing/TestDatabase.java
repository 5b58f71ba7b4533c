package org.stocktake.testing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers that insert scenario rows as the import would, into a fresh in-memory H2 database migrated by Flyway
 * ({@link #fresh}) or into the database of a test slice ({@link #on}); {@link #empty} is one not yet migrated.
 */
public final class TestDatabase {

    private static final AtomicLong SHA = new AtomicLong();

    public final DataSource dataSource;
    public final JdbcTemplate jdbc;

    private TestDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The database behind a test slice's {@code JdbcTemplate}. */
    public static TestDatabase on(JdbcTemplate jdbc) {
        return new TestDatabase(jdbc.getDataSource());
    }

    public static TestDatabase fresh() {
        TestDatabase db = empty();
        Flyway.configure().dataSource(db.dataSource).locations("classpath:db/migration").load().migrate();
        return db;
    }

    /** A fresh in-memory H2 database with nothing in it, for tests that migrate it themselves. */
    public static TestDatabase empty() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return new TestDatabase(ds);
    }

    public TestDatabase register(String code, String name, String firstPeriod, String lastPeriod) {
        jdbc.update("INSERT INTO register_entry (area_code, area_name, strand, first_period, last_period) "
                + "VALUES (?, ?, 'Families with multiple problems', ?, ?)", code, name, firstPeriod, lastPeriod);
        return this;
    }

    /** A submitted file without return rows (rejected or quarantined). */
    public long submission(String area, String period, String status) {
        jdbc.update("INSERT INTO submission (file_name, sha256, size_bytes, imported_at, status, area_code, period, "
                        + "errors, warnings) VALUES (?, ?, 100, ?, ?, ?, ?, ?, ?)",
                area + "-" + period + "-" + SHA.get() + ".xlsx", String.format("%064d", SHA.incrementAndGet()),
                Timestamp.valueOf(LocalDateTime.of(2012, 10, 1, 9, 0)), status, area, period,
                status.startsWith("ACCEPTED") ? 0 : 1, "ACCEPTED_WITH_WARNINGS".equals(status) ? 1 : 0);
        return jdbc.queryForObject("SELECT MAX(id) FROM submission", Long.class);
    }

    /** An accepted return with its family figures; add budget lines with {@link #line}. */
    public long accepted(String area, String name, String period, String status, long identified, long started,
                         long helped, long outcomes) {
        long id = submission(area, period, status);
        jdbc.update("INSERT INTO stocktake_return (submission_id, template_version, area_code, area_name, period, "
                        + "strand, contact_name, contact_email, signed_off_by, signed_off_on, families_identified, "
                        + "families_started, families_helped, families_outcomes, families_planned, family_records) "
                        + "VALUES (?, '1', ?, ?, ?, 'Families with multiple problems', 'Pat Officer', "
                        + "'pat@example.gov.uk', 'Chris Director', ?, ?, ?, ?, ?, NULL, 0)",
                id, area, name, period, LocalDate.of(2012, 10, 1), identified, started, helped, outcomes);
        return id;
    }

    public TestDatabase line(long submission, String partner, String stream, String source, String arrangement,
                             String committed, String received, String spent) {
        jdbc.update("INSERT INTO funding_line (submission_id, sheet_row, partner, funding_stream, source, arrangement, "
                        + "committed, received, spent) VALUES (?, 5, ?, ?, ?, ?, ?, ?, ?)", submission, partner, stream,
                source, arrangement, new BigDecimal(committed), new BigDecimal(received), new BigDecimal(spent));
        return this;
    }

    public TestDatabase issue(long submission, String rule, String severity, String sheet, String cell,
                              String message, String explanation) {
        jdbc.update("INSERT INTO submission_issue (submission_id, rule_id, severity, sheet, cell, message, explanation) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", submission, rule, severity, sheet, cell, message, explanation);
        return this;
    }

    public TestDatabase ledger(String area, String department, String period, String amount) {
        jdbc.update("INSERT INTO ledger_payment (area_code, department, period, amount, reference) VALUES (?, ?, ?, ?, ?)",
                area, department, period, new BigDecimal(amount), "REF-" + SHA.incrementAndGet());
        return this;
    }
}
