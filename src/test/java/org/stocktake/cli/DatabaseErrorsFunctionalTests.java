package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.stocktake.cli.Console.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.TestReference;

/**
 * A database that cannot be reached or opened: one line naming it (password masked, user shown) and what to
 * check, exit status 1; the stack trace is in the log file and, with --debug, on the console.
 */
class DatabaseErrorsFunctionalTests {

    static final String PG_URL = System.getenv("STOCKTAKE_TEST_PG_URL");
    static final String PG_USER = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_USER", "stocktake");
    static final String PG_PASSWORD = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_PASSWORD", "stocktake");

    @TempDir
    Path work;

    String reference() {
        return TestReference.write(work.resolve("reference")).toString();
    }

    @Test
    void anUnreachableServerIsOneLineAndItsStackTraceGoesToTheLog() throws Exception {
        Path log = work.resolve("logs/stocktake.log");

        // when
        Console run = Console.run("status", "--db", "jdbc:postgresql://127.0.0.1:1/x?password=secret", "--db-user",
                "central", "--reference", reference(), "--log", log.toString());

        // then
        assertThat(run).isEqualTo(new Console(1, "", line("stocktake: status failed: cannot connect to"
                + " jdbc:postgresql://127.0.0.1:1/x?password=*** as central: is the server running and accepting"
                + " connections at 127.0.0.1:1? (details in " + log + ")")));
        String logged = Files.readString(log);
        assertThat(logged).contains("ERROR [main] org.stocktake.cli.FailureReport - status failed: cannot connect to",
                "Caused by: java.net.ConnectException: Connection refused", "\tat org.postgresql.")
                .doesNotContain("secret");
    }

    @Test
    void withDebugTheConsoleAlsoShowsTheLibrariesAndTheStackTrace() {
        Path log = work.resolve("debug.log");

        Console run = Console.run("status", "--db", "jdbc:postgresql://127.0.0.1:1/x", "--db-user", "central",
                "--reference", reference(), "--log", log.toString(), "--debug");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(line("stocktake: status failed: cannot connect to jdbc:postgresql://127.0.0.1:1/x"
                + " as central: is the server running and accepting connections at 127.0.0.1:1? (details in " + log + ")"));
        assertThat(run.out()).containsPattern("INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-\\d+ - Starting...")
                .contains(
                "Caused by: java.net.ConnectException: Connection refused", "\tat org.postgresql.",
                "ERROR org.stocktake.cli.FailureReport - status failed: cannot connect to");
    }

    @Test
    void aWrongH2PasswordNamesTheUserAndTheLogBesideTheDatabase() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("db/stocktake");
        try (Connection created = DriverManager.getConnection(url, "sa", "")) {
            assertThat(created.isValid(1)).isTrue();
        }

        Console run = Console.run("status", "--db", url, "--db-password", "wrong", "--reference", reference());

        Path log = work.resolve("db/stocktake.log");
        assertThat(run).isEqualTo(new Console(1, "", line("stocktake: status failed: cannot connect to " + url
                + " as sa: user or password refused; check --db-user/--db-password or $STOCKTAKE_DB_PASSWORD"
                + " (details in " + log + ")")));
        assertThat(Files.readString(log)).contains("stocktake status --db " + url + " --db-password ***",
                "Wrong user name or password").doesNotContain("wrong");
    }

    @Test
    void aWrongPostgresPasswordAsksToCheckTheCredentials() {
        assumeTrue(PG_URL != null, "STOCKTAKE_TEST_PG_URL is not set");
        Path log = work.resolve("pg.log");

        Console run = Console.run("status", "--db", PG_URL, "--db-user", PG_USER, "--db-password",
                "not-" + PG_PASSWORD, "--reference", reference(), "--log", log.toString());

        assertThat(run).isEqualTo(new Console(1, "", line("stocktake: status failed: cannot connect to " + PG_URL
                + " as " + PG_USER + ": user or password refused; check --db-user/--db-password or"
                + " $STOCKTAKE_DB_PASSWORD (details in " + log + ")")));
    }

    @Test
    void aPostgresServerWithoutTheDatabaseSaysSo() {
        assumeTrue(PG_URL != null, "STOCKTAKE_TEST_PG_URL is not set");
        Matcher server = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)").matcher(PG_URL);
        assertThat(server.lookingAt()).as(PG_URL).isTrue();
        String name = server.group(2) + "_missing_" + UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:postgresql://" + server.group(1) + "/" + name;
        Path log = work.resolve("pg.log");

        Console run = Console.run("status", "--db", url, "--db-user", PG_USER, "--db-password", PG_PASSWORD,
                "--reference", reference(), "--log", log.toString());

        String hostPort = server.group(1).contains(":") ? server.group(1) : server.group(1) + ":5432";
        assertThat(run).isEqualTo(new Console(1, "", line("stocktake: status failed: cannot connect to " + url
                + " as " + PG_USER + ": the server at " + hostPort + " has no database " + name
                + "; create it or check --db (details in " + log + ")")));
    }

    @Test
    void aPostgresServerThatWantsAPasswordWhenNoneWasGiven() {
        assumeTrue(PG_URL != null, "STOCKTAKE_TEST_PG_URL is not set");
        assumeTrue(System.getenv("STOCKTAKE_DB_PASSWORD") == null, "$STOCKTAKE_DB_PASSWORD gives a password");
        Path log = work.resolve("pg.log");

        Console run = Console.run("status", "--db", PG_URL, "--db-user", PG_USER, "--reference", reference(),
                "--log", log.toString());

        assertThat(run).isEqualTo(new Console(1, "", line("stocktake: status failed: cannot connect to " + PG_URL
                + " as " + PG_USER + ": the server asks for a password and none was given; set"
                + " $STOCKTAKE_DB_PASSWORD or --db-password (details in " + log + ")")));
    }
}
