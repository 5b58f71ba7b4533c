package org.stocktake.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/**
 * A database slice test ({@code @JdbcTest}) run on the PostgreSQL database of {@code STOCKTAKE_TEST_PG_URL} instead
 * of an embedded one; skipped, saying why, when that is not set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it;"
                + " see README, Running the tests on PostgreSQL)")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {"spring.datasource.url=${STOCKTAKE_TEST_PG_URL}",
        "spring.datasource.username=${STOCKTAKE_TEST_PG_USER:stocktake}",
        "spring.datasource.password=${STOCKTAKE_TEST_PG_PASSWORD:stocktake}"})
public @interface OnPostgres {
}
