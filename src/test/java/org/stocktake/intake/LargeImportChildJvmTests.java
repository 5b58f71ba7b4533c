package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.bench.LargeReturnWriter;
import org.stocktake.testing.ChildJvm;
import org.stocktake.testing.ChildJvmTest;

/**
 * A large return imported by the command line in a child JVM at -Xmx256m, so the heap bound is real: every
 * record checked and stored, and a duplicate deep in the sheet found at its exact cell with nothing stored. On H2
 * here (JDBC batches), on PostgreSQL (COPY) in {@link PostgresLargeImportChildJvmTests}.
 */
@ChildJvmTest
class LargeImportChildJvmTests {

    static final int RECORDS = 200_000;

    @TempDir
    Path work;

    @Test
    void twoHundredThousandRecordsImportAcceptedInA256MiBHeap() throws Exception {
        // given
        Path inbox = work.resolve("inbox");
        LargeReturnWriter.write(inbox.resolve("large.xlsx"), RECORDS, 0);

        // when
        ChildJvm.Result run = importInChild(inbox);

        // then
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(report()).singleElement().satisfies(row -> {
            assertThat(row.get("file")).isEqualTo("large.xlsx");
            assertThat(row.get("status")).isEqualTo("ACCEPTED");
        });
        assertThat(count("SELECT COUNT(*) FROM family_record")).isEqualTo(RECORDS);
        assertThat(count("SELECT COUNT(DISTINCT family_ref) FROM family_record")).isEqualTo(RECORDS);
    }

    @Test
    void aDuplicateAtRow150001IsRejectedAtItsCellAndNothingIsStored() throws Exception {
        // given: sheet row 150,001 repeats the reference of row 2
        Path inbox = work.resolve("inbox");
        LargeReturnWriter.write(inbox.resolve("duplicate.xlsx"), RECORDS, 150_001);

        // when
        ChildJvm.Result run = importInChild(inbox);

        // then
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(report()).singleElement().satisfies(row -> assertThat(row.get("status")).isEqualTo("REJECTED"));
        List<CSVRecord> feedback = csv(FeedbackOf.csv(work.resolve("out"), "duplicate.xlsx"));
        assertThat(feedback).singleElement().satisfies(issue -> {
            assertThat(issue.get("rule")).isEqualTo("REC-DUPLICATE");
            assertThat(issue.get("sheet")).isEqualTo("Family records");
            assertThat(issue.get("cell")).isEqualTo("A150001");
            assertThat(issue.get("message")).contains("row 2");
        });
        assertThat(count("SELECT COUNT(*) FROM family_record")).isZero();
        assertThat(count("SELECT COUNT(*) FROM stocktake_return")).isZero();
    }

    private ChildJvm.Result importInChild(Path inbox) throws Exception {
        List<String> args = new ArrayList<>(List.of("import", "--inbox", inbox.toString(),
                "--reference", LargeReturnWriter.writeReference(work.resolve("reference")).toString(),
                "--out", work.resolve("out").toString(), "--as-of", LargeReturnWriter.AS_OF.toString()));
        args.addAll(database());
        return ChildJvm.stocktake(List.of("-Xmx256m"), work, args.toArray(String[]::new));
    }

    /** The command line's database options. */
    List<String> database() {
        return List.of("--db", "jdbc:h2:file:" + work.resolve("db").resolve("stocktake").toAbsolutePath());
    }

    /** A connection to the database the child imported into. */
    Connection connect() throws Exception {
        return DriverManager.getConnection(database().get(1), "sa", "");
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<CSVRecord> report() throws Exception {
        return csv(work.resolve("out/import-report.csv"));
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
