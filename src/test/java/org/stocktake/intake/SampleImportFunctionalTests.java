package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.storage.RunLogStore.RunFile;

/**
 * The import of the bundled {@code input-samples}: every file gets the status, rules and cells that
 * {@code input-samples/expected/outcomes.csv} says it was made to get.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sample-import;DB_CLOSE_DELAY=-1")
class SampleImportFunctionalTests {

    static final Path SAMPLES = Path.of("input-samples");

    @Autowired
    ImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path out;

    @BeforeEach
    void cleanDatabase() {
        // a shared database (PostgreSQL) keeps what earlier tests imported
        for (String table : List.of("family_record", "funding_line", "stocktake_return", "submission_issue",
                "import_run_file", "seen_file", "pack_render", "submission")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    @Test
    void everySampleFileGetsItsIntendedStatusRulesAndCells() throws Exception {
        // given
        Map<String, String> expected = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(SAMPLES.resolve("expected/outcomes.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                expected.put(row.get("file"), row.get("status") + " " + sorted(row.get("rules") + "@" + row.get("cells")));
            }
        }

        // when
        ImportRun run = runner.run(SAMPLES.resolve("returns"), LocalDate.of(2012, 11, 30), SAMPLES.resolve("reference"), out);

        // then
        assertThat(run.jobCompleted()).isTrue();
        Map<String, String> actual = new TreeMap<>();
        for (RunFile f : run.files()) {
            List<String> issues = jdbc.sql("SELECT rule_id, sheet, cell FROM submission_issue WHERE submission_id = ?"
                            + " ORDER BY id").param(f.submissionId())
                    .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + (rs.getString(3).isEmpty() ? "" : "!" + rs.getString(3)))
                    .list();
            String rules = issues.stream().map(i -> i.substring(0, i.indexOf('|'))).distinct().collect(Collectors.joining(";"));
            String cells = issues.stream().map(i -> i.substring(i.indexOf('|') + 1)).collect(Collectors.joining(";"));
            actual.put(f.fileName(), f.status() + " " + sorted(rules + "@" + cells));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(run.countsByStatus()).isEqualTo(Map.of("ACCEPTED", 88, "ACCEPTED_WITH_WARNINGS", 5, "REJECTED", 6));
    }

    /** Rules and cells compared as sets, in a stable order. */
    private static String sorted(String rulesAtCells) {
        String[] parts = rulesAtCells.split("@", -1);
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String[] items = part.isEmpty() ? new String[0] : part.split(";");
            Arrays.sort(items);
            out.add(String.join(";", items));
        }
        return String.join("@", out);
    }
}
