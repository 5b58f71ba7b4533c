package org.stocktake.intake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.stocktake.testing.Submissions;

/** {@link LargeImportChildJvmTests} on PostgreSQL, where the records are streamed by COPY. */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it;"
                + " see README, Running the tests on PostgreSQL)")
class PostgresLargeImportChildJvmTests extends LargeImportChildJvmTests {

    static final String URL = System.getenv("STOCKTAKE_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_USER", "stocktake");
    static final String PASSWORD = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_PASSWORD", "stocktake");

    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection c = connect()) {
            if (c.getMetaData().getTables(null, null, "submission", null).next()) { // migrated by an earlier test
                Submissions.deleteAll(JdbcClient.create(new SingleConnectionDataSource(c, true)));
            }
        }
    }

    @Override
    List<String> database() {
        return List.of("--db", URL, "--db-user", USER, "--db-password", PASSWORD);
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
