package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.ChildJvm;
import org.stocktake.testing.TestReference;

/**
 * An H2 file database opened without AUTO_SERVER by another process (here: this test JVM) cannot be opened by
 * stocktake: the command says so in one line, and nothing else reaches its console.
 */
@ChildJvmTest
class HeldDatabaseChildJvmTests {

    @TempDir
    Path work;

    @Test
    void anH2FileHeldByAnotherProcessIsOneLineSayingWhatToDo() throws Exception {
        Path file = work.resolve("db/stocktake");
        String url = "jdbc:h2:file:" + file;
        String reference = TestReference.write(work.resolve("reference")).toString();
        try (Connection held = DriverManager.getConnection(url, "sa", "")) {
            assertThat(held.isValid(1)).isTrue();

            // when
            ChildJvm.Result status = ChildJvm.stocktake(List.of("-XX:TieredStopAtLevel=1"), work, "status", "--db", url,
                    "--reference", reference);

            // then: the whole console, stdout and stderr together
            assertThat(status.exit()).as(status.output()).isEqualTo(1);
            assertThat(status.output()).isEqualTo(Console.line("stocktake: status failed: cannot open " + url
                    + ": another process holds " + file + ".mv.db; stop it or use an AUTO_SERVER URL (" + url
                    + ";AUTO_SERVER=TRUE) in every process that opens it (details in " + work.resolve("db/stocktake.log")
                    + ")"));
        }
        assertThat(Files.readString(work.resolve("db/stocktake.log"))).contains("Database may be already in use",
                "\tat org.h2.");
    }
}
