package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a command may start without Flyway's passes: only when every migration is applied as it is now. */
class CurrentSchemaTests {

    Flyway flyway;
    JdbcDataSource db;

    @BeforeEach
    void aDatabase() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:current-schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        flyway = Flyway.configure().dataSource(db)
                .locations("classpath:db/batch/h2", "classpath:db/session/h2", "classpath:db/migration",
                        "classpath:db/vendor/h2").load();
    }

    @Test
    void aNewDatabaseIsMigratedAndThenCurrent() {
        assertThat(CurrentSchema.current(flyway.getConfiguration())).as("no history table").isFalse();

        new CurrentSchema().migrate(flyway);

        assertThat(flyway.info().pending()).isEmpty();
        // the Batch tables, V1–V7, the sessions' V4_1, V8 and V9
        assertThat(flyway.info().applied()).hasSize(11);
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isTrue();
    }

    @Test
    void aPendingMigrationRuns() throws SQLException {
        flyway.migrate();
        // as if the latest migration were new: its history row gone (on H2 it changes nothing, so it can run again)
        sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        new CurrentSchema().migrate(flyway);

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isTrue();
    }

    @Test
    void anEditedOrFailedMigrationIsLeftToFlyway() throws SQLException {
        flyway.migrate();
        sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1, \"success\" = FALSE"
                + " WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        sql("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).as("as migrated").isTrue();
    }

    void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
