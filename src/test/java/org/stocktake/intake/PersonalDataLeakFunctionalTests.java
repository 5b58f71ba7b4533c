package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestReference;
import org.stocktake.validation.ReturnStatus;

/**
 * REC-PERSONAL-DATA end to end: a return with personal data in its Family records sheet is QUARANTINED, and
 * none of the offending values reaches the log, a feedback file, the import report or any text column of any
 * table; the issues still name sheet and cell.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:personal-data-leak;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLeakFunctionalTests {

    static final List<String> SECRETS = List.of("QQ123456C", "07700 900123", "Mary-Jane O'Neil", "O'Neil",
            "SW1A 1AA", "mj.oneil@example.com", "Okonkwo");

    @Autowired
    ImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @Test
    void personalDataIsQuarantinedAndNeverRepeated(CapturedOutput output) throws Exception {
        // given: a reference that is an NI number, and officers' own columns holding a phone number, a name,
        // a postcode, an e-mail address, and a column headed Surname
        ReturnFixture fixture = new ReturnFixture();
        fixture.withExtraRecordColumns("Contact", "Notes", "Area", "Surname");
        fixture.withRecords(List.of(
                new Object[] {"BHM-0001", LocalDate.of(2012, 5, 1), null, null, null, "07700 900123", null, null, null},
                new Object[] {"QQ123456C", LocalDate.of(2012, 5, 2), null, null, null, null, null, null, null},
                new Object[] {"BHM-0003", LocalDate.of(2012, 5, 3), null, null, null, null, "Mary-Jane O'Neil", "SW1A 1AA", null},
                new Object[] {"BHM-0004", LocalDate.of(2012, 5, 4), null, null, null, "mj.oneil@example.com", null, null, "Okonkwo"}));
        Path inbox = work.resolve("inbox");
        fixture.writeXlsx(inbox, "personal.xlsx");
        Path out = work.resolve("out");

        // when
        ImportRun run = runner.run(inbox, LocalDate.of(2012, 11, 30), TestReference.write(work.resolve("ref")), out);

        // then
        assertThat(run.files()).extracting(RunFile::status).containsExactly(ReturnStatus.QUARANTINED);
        long id = run.files().get(0).submissionId();
        List<Map<String, Object>> issues = jdbc.sql("SELECT rule_id, sheet, cell FROM submission_issue WHERE submission_id = ?")
                .param(id).query().listOfRows();
        assertThat(issues).extracting(r -> r.get("RULE_ID") + " " + r.get("SHEET") + "!" + r.get("CELL"))
                .containsExactlyInAnyOrder("REC-PERSONAL-DATA Family records!F2", "REC-PERSONAL-DATA Family records!A3",
                        "REC-PERSONAL-DATA Family records!G4", "REC-PERSONAL-DATA Family records!H4",
                        "REC-PERSONAL-DATA Family records!F5", "REC-PERSONAL-DATA Family records!I5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM family_record").query(Long.class).single()).isZero();

        List<String> places = new ArrayList<>();
        places.add("log:" + output.getAll());
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                places.add(out.relativize(f) + ":" + Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(places).anyMatch(p -> p.startsWith("import-report.csv"))
                .anyMatch(p -> p.startsWith("feedback"));
        places.addAll(everyTextValueInTheDatabase());
        for (String secret : SECRETS) {
            assertThat(places).as("places holding %s", secret).noneMatch(p -> p.contains(secret));
        }
    }

    private List<String> everyTextValueInTheDatabase() throws IOException {
        List<String> values = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("SELECT table_schema, table_name, column_name FROM"
                + " information_schema.columns WHERE table_schema = 'PUBLIC' AND (data_type LIKE '%CHAR%'"
                + " OR data_type LIKE '%CLOB%' OR data_type = 'JSON')").query().listOfRows();
        assertThat(columns).isNotEmpty();
        for (Map<String, Object> c : columns) {
            String table = "\"" + c.get("TABLE_SCHEMA") + "\".\"" + c.get("TABLE_NAME") + "\"";
            String column = "\"" + c.get("COLUMN_NAME") + "\"";
            jdbc.sql("SELECT CAST(" + column + " AS VARCHAR) FROM " + table + " WHERE " + column + " IS NOT NULL")
                    .query(String.class).list()
                    .forEach(v -> values.add(c.get("TABLE_NAME") + "." + c.get("COLUMN_NAME") + ":" + v));
        }
        return values;
    }
}
