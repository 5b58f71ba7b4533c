package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded database opened early: the pool joins it, and the early connection is gone once closed. */
class DatabaseWarmUpTests {

    @TempDir
    Path work;

    @Test
    void theDatabaseIsOpenedOnAThreadOfItsOwn() {
        DatabaseWarmUp.start("jdbc:h2:file:" + work.resolve("db"), "sa", "").close();

        assertThat(work.resolve("db.mv.db")).as("made by the early connection alone").exists();
    }

    @Test
    void thePoolsConnectionKeepsTheDatabaseOpenOnceTheWarmUpIsClosed() throws SQLException {
        String url = "jdbc:h2:file:" + work.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";

        Connection pools;
        try (DatabaseWarmUp warmUp = DatabaseWarmUp.start(url, "sa", "")) {
            pools = DriverManager.getConnection(url, "sa", "");
            try (Statement s = pools.createStatement()) {
                s.execute("CREATE TABLE kept (id INT)");
            }
        }

        assertThat(sessions(pools)).as("the pool's only").isEqualTo(1);
        try (Statement s = pools.createStatement()) {
            s.execute("INSERT INTO kept VALUES (1)");
        }
        pools.close();
    }

    @Test
    void nothingToOpenForADatabaseThatIsNotEmbedded() {
        assertThatCode(() -> DatabaseWarmUp.none().close()).doesNotThrowAnyException();
    }

    static long sessions(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
