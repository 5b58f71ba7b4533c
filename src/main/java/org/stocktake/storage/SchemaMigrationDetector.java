package org.stocktake.storage;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link SchemaMigration} initialises the database, as its own detector tells it of Flyway's beans:
 * whatever Boot knows reads the database (a {@code JdbcTemplate}, a {@code JdbcClient}) then waits for the schema.
 * Registered in {@code META-INF/spring.factories}.
 */
final class SchemaMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaMigration.class);
    }
}
