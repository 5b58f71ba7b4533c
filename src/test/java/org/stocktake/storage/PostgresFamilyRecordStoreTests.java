package org.stocktake.storage;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** {@link FamilyRecordStoreTests} on PostgreSQL, where the records go by COPY ({@link CopyRecordWriter}). */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it;"
                + " see README, Running the tests on PostgreSQL)")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {"spring.datasource.url=${STOCKTAKE_TEST_PG_URL}",
        "spring.datasource.username=${STOCKTAKE_TEST_PG_USER:stocktake}",
        "spring.datasource.password=${STOCKTAKE_TEST_PG_PASSWORD:stocktake}"})
class PostgresFamilyRecordStoreTests extends FamilyRecordStoreTests {
}
