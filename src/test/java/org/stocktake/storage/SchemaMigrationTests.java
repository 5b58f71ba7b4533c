package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.stocktake.testing.TestDatabase;

/** The commands' migration: Flyway's object only when a migration is due, at the locations Boot would resolve. */
class SchemaMigrationTests {

    /** As the application names them. */
    static final List<String> LOCATIONS = locations();

    static List<String> locations() {
        try {
            return List.of(PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
                    .getProperty("spring.flyway.locations").split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestDatabase db;
    DataSource counted;
    int connections;

    @BeforeEach
    void aDatabase() {
        db = TestDatabase.empty();
        counted = new DelegatingDataSource(db.dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                connections++;
                return super.getConnection();
            }
        };
    }

    @Test
    void aNewDatabaseGetsEveryMigrationForItsVendor() throws SQLException {
        new SchemaMigration(counted, LOCATIONS).afterPropertiesSet();

        // the Batch tables, V1–V7, the sessions' V4_1, V8 and V9 from db/vendor/h2
        assertThat(query("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"type\" = 'SQL'"))
                .isEqualTo(11);
        assertThat(query("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"script\" LIKE 'V9%'")).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'BATCH_JOB_INSTANCE'"))
                .isEqualTo(1);
    }

    @Test
    void aCurrentSchemaTakesOneConnectionAndAMissingMigrationIsApplied() throws SQLException {
        new SchemaMigration(counted, LOCATIONS).afterPropertiesSet();
        int migrating = connections;

        connections = 0;
        new SchemaMigration(counted, LOCATIONS).afterPropertiesSet();
        assertThat(connections).as("the check's only; Flyway took %d", migrating).isEqualTo(1);

        // as if V9 were new (on H2 it changes nothing, so it can run again)
        db.jdbc.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
        connections = 0;
        new SchemaMigration(counted, LOCATIONS).afterPropertiesSet();
        assertThat(connections).isGreaterThan(1);
        assertThat(query("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '9' AND \"success\""))
                .isEqualTo(1);
    }

    @Test
    void vendorLocationsAreThoseOfTheDatabase() {
        assertThat(LOCATIONS).containsExactly("classpath:db/batch/{vendor}", "classpath:db/session/{vendor}",
                "classpath:db/migration", "classpath:db/vendor/{vendor}");
        assertThat(SchemaMigration.forDatabase(LOCATIONS, "jdbc:postgresql://db.example:5432/stocktake"))
                .containsExactly("classpath:db/batch/postgresql", "classpath:db/session/postgresql",
                        "classpath:db/migration", "classpath:db/vendor/postgresql");
        assertThat(SchemaMigration.forDatabase(List.of("classpath:db/migration"), "jdbc:nobody:knows"))
                .containsExactly("classpath:db/migration");

        assertThatThrownBy(() -> SchemaMigration.forDatabase(LOCATIONS, "jdbc:nobody:knows;password=secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot tell the database's vendor from its URL, so the migrations for it ({vendor} in "
                        + String.join(",", LOCATIONS) + ") are unknown");
    }

    @Test
    void onlyClassPathLocationsAreCheckedWithoutFlyway() {
        assertThat(SchemaMigration.classPathFolders("classpath:db/migration", "db/vendor/h2", "classpath:/db/x/"))
                .containsExactly("db/migration", "db/vendor/h2", "db/x");
        assertThat(SchemaMigration.classPathFolders("classpath:db/migration", "filesystem:/srv/sql")).isNull();
    }

    long query(String select) {
        return db.jdbc.queryForObject(select, Long.class);
    }
}
