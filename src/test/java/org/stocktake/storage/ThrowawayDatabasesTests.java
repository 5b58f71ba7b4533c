package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThrowawayDatabasesTests {

    @TempDir
    Path dir;

    @Test
    void eachWayStoresEveryRowInOneTransactionAndLeavesNoDatabaseBehind() throws Exception {
        // given 250 rows: not a whole number of 100-row statements
        // when
        Map<String, Double> ways = ThrowawayDatabases.insertWays(dir, 250, i -> "REF-" + i);

        // then: each way counted its 250 rows after its commit (it throws otherwise), and its database is gone
        assertThat(ways).containsOnlyKeys("H2 way: one-row INSERTs in JDBC batches",
                "H2 way: multi-row INSERTs of 100 rows (the import's)",
                "H2 way: INSERT ... SELECT FROM CSVREAD (CSV write included)",
                "H2 way: one-row INSERTs, a copy of the table without its key");
        assertThat(ways.values()).allSatisfy(seconds -> assertThat(seconds).isPositive());
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theFloorStoresEveryRow() throws Exception {
        Path db = dir.resolve("floor");

        double seconds = ThrowawayDatabases.insertFloor(db, 1_234, i -> "REF-" + i);

        assertThat(seconds).isPositive();
        ThrowawayDatabases.deleteH2(db);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
