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
import org.stocktake.figures.FiguresCsv;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.Submissions;
import org.stocktake.validation.ReturnStatus;

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

    @Autowired
    PeriodReports reports;

    @Autowired
    FiguresCsv figuresCsv;

    @TempDir
    Path out;

    @BeforeEach
    void cleanDatabase() {
        Submissions.deleteAll(jdbc);
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
        assertThat(run.countsByStatus()).isEqualTo(Map.of(ReturnStatus.ACCEPTED, 88,
                ReturnStatus.ACCEPTED_WITH_WARNINGS, 5, ReturnStatus.REJECTED, 6));

        // and the figures of every period are exactly those the samples were made to give
        for (String period : List.of("2011-12 Q1", "2011-12 Q2", "2011-12 Q3", "2011-12 Q4", "2012-13 Q1", "2012-13 Q2")) {
            Period p = Period.of(period);
            Path written = figuresCsv.write(reports.load(p), out);
            List<String> expectedRows = Files.readAllLines(SAMPLES.resolve("expected/figures-" + p.fileName() + ".csv"),
                    StandardCharsets.UTF_8);
            List<String> actualRows = Files.readAllLines(written, StandardCharsets.UTF_8);
            assertThat(actualRows.get(0)).isEqualTo(expectedRows.get(0));
            assertThat(actualRows.subList(1, actualRows.size())).as(period) // written in area-code order
                    .containsExactlyInAnyOrderElementsOf(expectedRows.subList(1, expectedRows.size()))
                    .isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
        List<String> q2 = Files.readAllLines(out.resolve("figures-2012-13-Q2.csv"), StandardCharsets.UTF_8);
        assertThat(q2).contains(
                "E08000025,Birmingham,2012-13 Q2,ACCEPTED,4389,138,535,130,5909060.11,2915389.25,2284220.80,1879202.20,1859339.53,2720335.23",
                "E06000009,Blackpool,2012-13 Q2,ACCEPTED,756,24,92,21,777914.59,387924.24,309390.50,484191.53,267718.22,474400.82",
                "E06000030,Swindon,2012-13 Q2,ACCEPTED,200,6,24,6,386952.60,201053.87,176421.27,134897.33,124409.11,228624.06",
                "E09000008,Croydon,2012-13 Q2,ACCEPTED_WITH_WARNINGS,956,30,116,30,977387.77,484106.72,426759.72,479622.14,233627.57,580099.27",
                "E06000010,Kingston upon Hull,2012-13 Q2,REJECTED,,,,,,,,,,",
                // its period cannot be read, so the return cannot be attributed to 2012-13 Q2
                "E06000008,Blackburn with Darwen,2012-13 Q2,MISSING,,,,,,,,,,");
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
