package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.testing.Submissions;
import org.stocktake.validation.FamilyRecord;

/**
 * Family records stored the way the import stores them (one file's transaction, a savepoint around the records), on
 * H2 here and on PostgreSQL's COPY in {@link PostgresFamilyRecordStoreTests}: what is stored is exactly what was
 * given, and whatever goes wrong before the file commits leaves nothing (standard §5).
 */
@JdbcTest
@Import({FamilyRecordStore.class, SubmissionStore.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED) // each test commits or rolls back as the import does
class FamilyRecordStoreTests {

    /** More than one message of the COPY stream and more than one JDBC batch, so rows reach the server. */
    static final int MANY = 25_000;

    @Autowired
    FamilyRecordStore store;

    @Autowired
    SubmissionStore submissions;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactions;

    JdbcClient jdbc;
    TransactionTemplate file;
    TransactionTemplate savepoint;
    long files;

    @BeforeEach
    void emptyDatabase() {
        jdbc = JdbcClient.create(jdbcTemplate);
        Submissions.deleteAll(jdbc);
        file = new TransactionTemplate(transactions);
        savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Test
    void recordsAreStoredExactlyAsGiven() {
        long id = submission();
        List<FamilyRecord> given = List.of(
                new FamilyRecord(2, "BHM-0000001", LocalDate.of(2011, 4, 1), LocalDate.of(2011, 5, 2),
                        LocalDate.of(2012, 9, 30), "Education"),
                new FamilyRecord(3, "a_b-C", LocalDate.of(1900, 1, 1), null, null, null),
                new FamilyRecord(1_000_030, "12345678901234567890", LocalDate.of(9999, 12, 31), null,
                        LocalDate.of(1999, 12, 31), "Tab\there, \\ é ✓"));

        file.executeWithoutResult(tx -> {
            try (FamilyRecordWriter writer = store.writer(id)) {
                given.forEach(writer::accept);
                writer.finish();
            }
        });

        assertThat(jdbc.sql("SELECT submission_id, sheet_row, family_ref, date_identified, date_started, date_closed,"
                + " outcome FROM family_record ORDER BY sheet_row").query((rs, n) -> tuple(rs.getLong(1), rs.getInt(2),
                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), rs.getString(7))).list()).containsExactly(
                tuple(id, 2, "BHM-0000001", LocalDate.of(2011, 4, 1), LocalDate.of(2011, 5, 2),
                        LocalDate.of(2012, 9, 30), "Education"),
                tuple(id, 3, "a_b-C", LocalDate.of(1900, 1, 1), null, null, null),
                tuple(id, 1_000_030, "12345678901234567890", LocalDate.of(9999, 12, 31), null,
                        LocalDate.of(1999, 12, 31), "Tab\there, \\ é ✓"));
    }

    @Test
    void recordsThatFillNeitherABatchNorAStatementAreAllStoredExactly() {
        // given two whole batches, then a part batch that is two multi-row statements and 67 rows more
        long id = submission();
        int count = 2 * JdbcBatchRecordWriter.BATCH + 2 * JdbcBatchRecordWriter.ROWS_PER_INSERT + 67;
        List<FamilyRecord> given = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> record(i)).toList();

        // when
        file.executeWithoutResult(tx -> {
            try (FamilyRecordWriter writer = store.writer(id)) {
                given.forEach(writer::accept);
                writer.finish();
            }
        });

        // then every record is there once, with its own values and key
        assertThat(jdbc.sql("SELECT record_key, sheet_row, family_ref, date_identified, date_started, date_closed,"
                + " outcome FROM family_record WHERE submission_id = ? ORDER BY sheet_row").param(id)
                .query((rs, n) -> tuple(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7))).list())
                .containsExactlyElementsOf(given.stream().map(r -> tuple(FamilyRecordStore.key(id, r.row()), r.row(),
                        r.reference(), r.identified(), r.started(), r.closed(), r.outcome())).toList());
    }

    @Test
    void eachRecordIsKeyedByItsSubmissionAndSheetRowAndTheDatabaseChecksTheKey() {
        long id = submission();
        file.executeWithoutResult(tx -> {
            try (FamilyRecordWriter writer = store.writer(id)) {
                writer.accept(record(1));
                writer.accept(record(1_048_575)); // the sheet's last row
                writer.finish();
            }
        });

        assertThat(jdbc.sql("SELECT record_key FROM family_record ORDER BY record_key").query(Long.class).list())
                .containsExactly(id * 2_097_152 + 2, id * 2_097_152 + 1_048_576);
        String insert = "INSERT INTO family_record (record_key, submission_id, family_ref, sheet_row, date_identified)"
                + " VALUES (?, ?, 'X-1', ?, DATE '2011-04-01')";
        assertThatThrownBy(() -> jdbc.sql(insert).params(id * 2_097_152 + 7, id, 8).update())
                .as("a key out of step with submission and row").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(insert).params(id * 2_097_152 + 1_048_577, id, 1_048_577).update())
                .as("a row no sheet has").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aWriterGivenNoRecordsStoresNothingAndLeavesTheConnectionUsable() {
        long id = submission();

        file.executeWithoutResult(tx -> {
            try (FamilyRecordWriter writer = store.writer(id)) {
                writer.finish();
            }
            jdbc.sql("UPDATE submission SET status = 'ACCEPTED' WHERE id = ?").param(id).update();
        });

        assertThat(count("family_record")).isZero();
        assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("ACCEPTED");
    }

    @Test
    void recordsOfAReturnThatDoesNotCountAreRolledBackToTheSavepointAndTheFileGoesOn() {
        long id = submission();

        file.executeWithoutResult(tx -> {
            savepoint.executeWithoutResult(records -> {
                try (FamilyRecordWriter writer = store.writer(id)) {
                    many(writer, 0);
                    // no finish(): the return turned out not to count
                }
                records.setRollbackOnly();
            });
            jdbc.sql("UPDATE submission SET status = 'REJECTED' WHERE id = ?").param(id).update();
        });

        assertThat(count("family_record")).isZero();
        assertThat(jdbc.sql("SELECT status FROM submission").query(String.class).single()).isEqualTo("REJECTED");
        assertThat(recordThreads()).isZero();
    }

    @Test
    void aFailureWhileTheRecordsStreamLeavesNothingOfTheFile() {
        long before = count("submission");

        // a record of a row no sheet has, which the key's check refuses, fails the file
        assertThatThrownBy(() -> file.executeWithoutResult(tx -> {
            long id = submission();
            try (FamilyRecordWriter writer = store.writer(id)) {
                many(writer, 0);
                writer.accept(beyondTheSheet());
                writer.finish();
            }
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(count("family_record")).isZero();
        assertThat(count("submission")).isEqualTo(before);
    }

    @Test
    void aFailureInAnEarlyBatchStopsTheStreamAndLeavesNothingOfTheFile() {
        long before = count("submission");

        // the refused record is in the second batch; on H2 that batch is inserted on the second thread while the sheet
        // streams on, and its failure reaches the reader at a later record or at finish, never lost or hung
        assertThatThrownBy(() -> file.executeWithoutResult(tx -> {
            long id = submission();
            try (FamilyRecordWriter writer = store.writer(id)) {
                for (int i = 1; i <= 7_000; i++) {
                    writer.accept(record(i));
                }
                writer.accept(beyondTheSheet());
                many(writer, 10_000);
                writer.finish();
            }
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(count("family_record")).isZero();
        assertThat(count("submission")).isEqualTo(before);
        assertThat(recordThreads()).isZero();
    }

    @Test
    void aFailureAfterTheRecordsWereStoredLeavesNothingOfTheFile() {
        assertThatThrownBy(() -> file.executeWithoutResult(tx -> {
            long id = submission();
            try (FamilyRecordWriter writer = store.writer(id)) {
                many(writer, 0);
                writer.finish();
            }
            throw new IllegalStateException("the process failed after the records were stored");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("family_record")).isZero();
        assertThat(count("submission")).isZero();
    }

    @Test
    void twoSubmissionsInOneRunKeepTheirOwnRecords() {
        long first = submission();
        long second = submission();

        for (long id : List.of(first, second)) {
            file.executeWithoutResult(tx -> {
                try (FamilyRecordWriter writer = store.writer(id)) {
                    many(writer, 0);
                    writer.finish();
                }
            });
        }

        assertThat(jdbc.sql("SELECT submission_id, COUNT(*), COUNT(DISTINCT family_ref) FROM family_record"
                + " GROUP BY submission_id ORDER BY submission_id").query((rs, n) -> tuple(rs.getLong(1), rs.getLong(2),
                rs.getLong(3))).list()).containsExactly(tuple(first, (long) MANY, (long) MANY),
                tuple(second, (long) MANY, (long) MANY));
    }

    private static void many(FamilyRecordWriter writer, int from) {
        for (int i = 1; i <= MANY; i++) {
            writer.accept(record(from + i));
        }
    }

    private static FamilyRecord record(int i) {
        LocalDate identified = LocalDate.of(2010, 1, 1).plusDays(i % 900);
        return new FamilyRecord(i + 1, String.format("R-%07d", i), identified,
                i % 2 == 0 ? identified.plusDays(30) : null, null, i % 3 == 0 ? "Multiple" : null);
    }

    /** A record of row 1,048,577: the reader refuses such a sheet, and the key's check refuses the record. */
    private static FamilyRecord beyondTheSheet() {
        return new FamilyRecord(1_048_577, "R-BEYOND", LocalDate.of(2010, 1, 1), null, null, null);
    }

    private long submission() {
        return submissions.begin("records.xlsx", String.format("%064d", ++files), 1, null, null);
    }

    /** Threads still storing family records: none once a writer is closed. */
    private static long recordThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("family-records-")).count();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
