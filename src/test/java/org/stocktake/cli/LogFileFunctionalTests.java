package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestReference;

/**
 * Every command appends to a log file beside the H2 database, or where --log says; the console keeps stocktake's
 * progress and summaries. A --reference that is not there is a usage error and the register in force stays;
 * a reference file with a bad row is refused whole and the register in force stays (standard §7).
 */
class LogFileFunctionalTests {

    @TempDir
    Path work;

    String db() {
        return "jdbc:h2:file:" + work.resolve("db/stocktake");
    }

    @Test
    void theLogFileGetsEveryLibrarysInfoAndTheConsoleOnlyStocktakes() throws Exception {
        Path reference = TestReference.write(work.resolve("reference"));
        Path log = work.resolve("logs/run.log");

        // when: two runs with --log, the first of them creating the database with a password
        Console first = Console.run("status", "--db", db(), "--db-password", "secret", "--reference",
                reference.toString(), "--log", log.toString());
        Console second = Console.run("--log", log.toString(), "status", "--db", db(), "--db-password=secret",
                "--reference", reference.toString());

        // then
        assertThat(first.status()).isZero();
        assertThat(second.status()).isZero();
        assertThat(first.out()).contains("INFO  Loaded the register from " + reference.resolve("pilots.csv") + ": 4 rows")
                .doesNotContain("Hikari", "Flyway", "stocktake status");
        assertThat(first.err()).isEmpty();
        String logged = Files.readString(log);
        assertThat(logged.lines().filter(l -> l.contains(" INFO  [main] org.stocktake.cli.CommandStart - stocktake ")
                && l.contains("status --db " + db()))).hasSize(2);
        // the pool's number depends on how many contexts this JVM started before
        assertThat(logged).containsPattern("HikariPool-\\d+ - Start completed\\.");
        assertThat(logged).contains("--db-password ***", "--db-password=***",
                "org.stocktake.intake.ReferenceLoader - Loaded the register from", "status ended with exit status 0")
                .doesNotContain("secret");
        assertThat(work.resolve("db/stocktake.log")).as("--log moved it").doesNotExist();
    }

    @Test
    void aMissingReferenceFolderIsAUsageErrorAndABadRowIsRefusedWhole() throws Exception {
        Path reference = TestReference.write(work.resolve("reference"));
        assertThat(Console.run("status", "--db", db(), "--reference", reference.toString()).status()).isZero();
        List<String> inForce = register();
        assertThat(inForce).hasSize(4);

        // when: a folder that does not exist
        Path missing = work.resolve("no-such-reference");
        Console usage = Console.run("status", "--db", db(), "--reference", missing.toString());

        // then
        assertThat(usage).isEqualTo(new Console(2, "", Console.line("stocktake: the reference folder " + missing
                + " does not exist")));
        assertThat(register()).isEqualTo(inForce);

        // when: a register with a bad row
        Path bad = TestReference.write(work.resolve("bad-reference"));
        Files.writeString(bad.resolve("pilots.csv"), TestReference.PILOTS + "E0800003,Nowhere,Whole place,2012-13 Q1,\n");
        Console refused = Console.run("status", "--db", db(), "--reference", bad.toString());

        // then
        assertThat(refused.status()).isZero();
        assertThat(refused.out()).contains("WARN  Reference file refused, the data already in force stays: pilots.csv"
                + " line 6: area_code \"E0800003\" is not a GSS code (E and 8 digits)");
        assertThat(register()).isEqualTo(inForce);
        assertThat(Files.readString(work.resolve("db/stocktake.log")))
                .contains("org.stocktake.intake.ReferenceLoader - Reference file refused");
    }

    @Test
    void personalDataInAReturnReachesNeitherTheLogFileNorTheConsoleEvenWithDebug() throws Exception {
        // given: a return with an NI number, a phone number and a name in its Family records sheet
        ReturnFixture fixture = new ReturnFixture();
        fixture.recordsHeader = new String[] {"Family reference", "Date identified", "Date started", "Date closed",
                "Outcome", "Contact", "Notes"};
        fixture.withRecords(List.of(
                new Object[] {"QQ123456C", LocalDate.of(2012, 5, 2), null, null, null, null, null},
                new Object[] {"BHM-0002", LocalDate.of(2012, 5, 3), null, null, null, "07700 900123", "Mary-Jane O'Neil"}));
        Path inbox = work.resolve("inbox");
        fixture.writeXlsx(inbox, "personal.xlsx");
        Path log = work.resolve("import.log");

        // when
        Console run = Console.run("import", "--db", db(), "--inbox", inbox.toString(), "--as-of", "2012-11-30",
                "--reference", TestReference.write(work.resolve("reference")).toString(), "--out",
                work.resolve("out").toString(), "--log", log.toString(), "--debug");

        // then
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("personal.xlsx: QUARANTINED");
        String logged = Files.readString(log);
        assertThat(logged).contains("personal.xlsx: QUARANTINED", "import ended with exit status 0");
        for (String secret : List.of("QQ123456C", "07700 900123", "O'Neil")) {
            assertThat(logged).doesNotContain(secret);
            assertThat(run.out()).doesNotContain(secret);
        }
    }

    private List<String> register() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT area_code, strand, first_period FROM register_entry ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
