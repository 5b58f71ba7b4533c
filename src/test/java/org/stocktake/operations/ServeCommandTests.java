package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;

/**
 * {@code ./stocktake serve} as a process on the default embedded H2 database: it answers health and sends visitors
 * to sign in, in the production profile its session cookie is always Secure, and SIGTERM stops it.
 */
@ChildJvmTest
class ServeCommandTests {

    @TempDir
    Path work;

    @Test
    void servesThePortalOverH2AndStopsOnSigterm() throws Exception {
        try (PortalNode node = PortalNode.start(Map.of("SPRING_PROFILES_ACTIVE", "production"),
                "--db", "jdbc:h2:file:" + work.resolve("db/stocktake"), "--reference", "input-samples/reference",
                "--out", work.resolve("out").toString())) {
            PortalClient client = new PortalClient(node.port);

            Page health = client.get("/actuator/health");
            Page home = client.get("/");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(home.status()).isEqualTo(302);
            assertThat(home.location()).isEqualTo("/login");
            assertThat(home.header("Set-Cookie").orElseThrow()).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
            assertThat(node.process.output()).contains("Loaded the register from input-samples/reference/pilots.csv");

            int status = node.stop();
            assertThat(status).as(node.process.output()).isIn(0, 143);
        }
    }
}
