package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stocktake.testing.TestDatabase;

/** When a command may start without Flyway's passes: only when every migration is applied as it is now. */
class CurrentSchemaTests {

    Flyway flyway;
    TestDatabase db;

    @BeforeEach
    void aDatabase() {
        db = TestDatabase.empty();
        // the application's locations, for H2
        flyway = Flyway.configure().dataSource(db.dataSource)
                .locations(SchemaMigration.forDatabase(SchemaMigrationTests.LOCATIONS, "jdbc:h2:mem:")).load();
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
    void aPendingMigrationRuns() {
        flyway.migrate();
        // as if the latest migration were new: its history row gone (on H2 it changes nothing, so it can run again)
        db.jdbc.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        new CurrentSchema().migrate(flyway);

        assertThat(flyway.info().pending()).isEmpty();
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isTrue();
    }

    @Test
    void anEditedOrFailedMigrationIsLeftToFlyway() {
        flyway.migrate();
        db.jdbc.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        db.jdbc.execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" - 1, \"success\" = FALSE"
                + " WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).isFalse();

        db.jdbc.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '3'");
        assertThat(CurrentSchema.current(flyway.getConfiguration())).as("as migrated").isTrue();
    }
}
