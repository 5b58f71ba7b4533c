package org.stocktake.intake;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/** {@link SampleImportFunctionalTests} on PostgreSQL (the database .ci/run sets up). */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it)")
@SpringBootTest(properties = {"spring.datasource.url=${STOCKTAKE_TEST_PG_URL}",
        "spring.datasource.username=${STOCKTAKE_TEST_PG_USER:stocktake}",
        "spring.datasource.password=${STOCKTAKE_TEST_PG_PASSWORD:stocktake}"})
class PostgresSampleImportFunctionalTests extends SampleImportFunctionalTests {
}
