package org.stocktake.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.TestPropertySource;

/**
 * On a subclass of a {@link PortalTest} class: the same tests on PostgreSQL ({@code STOCKTAKE_TEST_PG_URL}, which
 * .ci/run sets), skipped without it. All such classes share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it)")
@TestPropertySource(properties = {"stocktake.test.portal-db=${STOCKTAKE_TEST_PG_URL}",
        "stocktake.test.portal-db-user=${STOCKTAKE_TEST_PG_USER:stocktake}",
        "stocktake.test.portal-db-password=${STOCKTAKE_TEST_PG_PASSWORD:stocktake}"})
public @interface PostgresPortalTest {
}
