package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.cli.StocktakeCli;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;

/**
 * Two portal processes on one PostgreSQL database (standard §11: any of them may answer any request): signed in on
 * one, the session cookie works on the other, and signing out on the second ends the session on the first.
 */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it)")
@ChildJvmTest
class TwoPortalNodesTests {

    static final String URL = System.getenv("STOCKTAKE_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_USER", "stocktake");
    static final String PASSWORD = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_PASSWORD", "stocktake");
    static final String EMAIL = "casey.central@example.gov.uk";
    static final String USER_PASSWORD = "correct horse battery staple";

    @TempDir
    Path work;

    final String schema = "portal_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aSessionStartedOnOneNodeIsKnownToTheOther() throws Exception {
        // given: a database with a central user, and two portal processes on it
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String db = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        assertThat(addCentralUser(db)).isZero();
        Map<String, String> credentials = Map.of("STOCKTAKE_DB_USER", USER, "STOCKTAKE_DB_PASSWORD", PASSWORD);
        String[] options = {"--db", db, "--reference", "input-samples/reference", "--out",
            work.resolve("out").toString()};

        try (PortalNode a = PortalNode.start(credentials, options); PortalNode b = PortalNode.start(credentials, options)) {
            PortalClient onA = new PortalClient(a.port);

            // when
            Page signedIn = onA.signIn(EMAIL, USER_PASSWORD);
            PortalClient onB = onA.on(b.port);
            Page homeOnB = onB.get("/");

            // then
            assertThat(signedIn.location()).isEqualTo("/");
            assertThat(homeOnB.status()).isEqualTo(200);
            assertThat(homeOnB.html().select("h1").text()).isEqualTo("Casey Central");

            // signing out on B ends the session on A too
            assertThat(onB.submit(homeOnB, "form.stocktake-sign-out", Map.of()).location())
                    .isEqualTo("/login?signed-out");
            assertThat(onA.get("/").location()).isEqualTo("/login");

            assertThat(a.stop()).isIn(0, 143);
            assertThat(b.stop()).isIn(0, 143);
        }
    }

    private int addCentralUser(String db) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream((USER_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return StocktakeCli.execute("users", "add", "--email", EMAIL, "--name", "Casey Central", "--role",
                    "central", "--password-stdin", "--db", db, "--db-user", USER, "--db-password", PASSWORD,
                    "--reference", "input-samples/reference", "--out", work.resolve("out").toString());
        } finally {
            System.setIn(in);
        }
    }
}
