package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvm;

/**
 * {@code bench} on a small return: after a round that warms up, the measurements take turns round by round, and each
 * is a median of its passes.
 */
class BenchCommandChildJvmTests {

    @TempDir
    Path work;

    @Test
    void theMeasurementsTakeTurnsAndEachFigureIsTheMedianOfItsPasses() throws Exception {
        // when
        ChildJvm.Result bench = ChildJvm.stocktake(List.of("-Xmx256m"), work, "bench", "--rows", "600",
                "--poi-rows", "60", "--repeat", "2", "--dir", work.toString());

        // then a round warmed up, not counted, and the passes ran floor, reader, validation, H2, import, and again,
        // in that order
        assertThat(bench.exit()).as(bench.output()).isZero();
        List<String> round = List.of("floor: bare StAX pass", "stocktake reader only (parse) ",
                "stocktake reader + validation (no storage) ", "H2 alone: ",
                "stocktake full import job (parse, validate, store in H2) ");
        List<String> lines = bench.output().lines().filter(l -> l.startsWith("    pass: ")
                || l.startsWith("    warm-up: ")).toList();
        assertThat(lines).hasSize(3 * round.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).as("pass %d", i).startsWith((i < round.size() ? "    warm-up: " : "    pass: ")
                    + round.get(i % round.size()));
        }
        // and the table gives each its median and its ratio to the floor's
        List<String> table = bench.output().lines().dropWhile(l -> !l.startsWith("pass ")).skip(1).toList();
        assertThat(table.get(0)).startsWith("floor: bare StAX pass over the sheet XML").contains(" 1.00  median of 2");
        assertThat(table.get(4)).startsWith("stocktake full import job (parse, validate, store in H2)")
                .contains("600").endsWith("median of 2, ACCEPTED, 600 rows in family_record");
        assertThat(table.get(5)).startsWith("naive POI XSSFWorkbook read, child JVM -Xmx256m").contains("60");
    }
}
