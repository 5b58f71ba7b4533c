package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.TestMailServer;
import org.stocktake.testing.TestReference;

/**
 * Two nodes, one PostgreSQL database: two {@code nightly} processes started at the same moment over the same
 * inbox. Every file is imported exactly once, neither run fails, the pack is rendered once, and each feedback e-mail
 * (to a real SMTP server in this JVM) goes out once.
 */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it)")
@ChildJvmTest
class TwoNodesTests {

    static final String URL = System.getenv("STOCKTAKE_TEST_PG_URL");
    static final String USER = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_USER", "stocktake");
    static final String PASSWORD = System.getenv().getOrDefault("STOCKTAKE_TEST_PG_PASSWORD", "stocktake");

    @TempDir
    Path work;

    final String schema = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void twoNightlyRunsAtOnceImportEveryFileOnceAndRenderThePackOnce() throws Exception {
        Path inbox = GeneratedInbox.write(work.resolve("inbox"), 24, 6, 800);
        Path reference = TestReference.write(work.resolve("reference"));
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        }
        String db = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        TestMailServer.purge();
        Map<String, String> credentials = Map.of("STOCKTAKE_DB_USER", USER, "STOCKTAKE_DB_PASSWORD", PASSWORD,
                "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(TestMailServer.port()),
                "STOCKTAKE_MAIL_FROM", "stocktake@example.gov.uk");

        List<StocktakeProcess> nodes = new ArrayList<>();
        for (String node : List.of("a", "b")) {
            nodes.add(StocktakeProcess.start(credentials, "nightly", "--db", db, "--inbox", inbox.toString(),
                    "--reference", reference.toString(), "--out", work.resolve("out").toString(),
                    "--as-of", GeneratedInbox.AS_OF.toString(), "--log", work.resolve(node + ".log").toString()));
        }
        for (StocktakeProcess node : nodes) {
            assertThat(node.waitFor(Duration.ofMinutes(4))).as(node.output()).isZero();
        }

        try (Connection c = DriverManager.getConnection(db, USER, PASSWORD)) {
            assertThat(longs(c, "SELECT COUNT(*) FROM submission GROUP BY sha256 HAVING COUNT(*) > 1")).isEmpty();
            assertThat(longs(c, "SELECT COUNT(*) FROM submission")).containsExactly(25L); // 24 returns and notes.txt
            assertThat(longs(c, "SELECT COUNT(*) FROM seen_file")).containsExactly(26L); // and the copy, a duplicate
            // every file reported by exactly one of the two runs
            assertThat(longs(c, "SELECT COUNT(*) FROM import_run_file")).containsExactly(26L);
            assertThat(longs(c, "SELECT COUNT(*) FROM import_run_file WHERE status = 'DUPLICATE'")).containsExactly(1L);
            assertThat(longs(c, "SELECT COUNT(*) FROM pack_render")).containsExactly(1L);
            // one feedback e-mail per imported return (to its Cover's contact: there are no users), each sent once
            assertThat(longs(c, "SELECT COUNT(*) FROM outbox_message WHERE kind = 'feedback'")).containsExactly(24L);
            assertThat(longs(c, "SELECT COUNT(*) FROM outbox_recipient WHERE state <> 'SENT'")).containsExactly(0L);
            List<ReceivedMail> mail = ReceivedMail.all();
            assertThat(mail).hasSize((int) longs(c, "SELECT COUNT(*) FROM outbox_recipient").get(0).longValue());
            assertThat(mail.stream().map(m -> m.to() + " " + m.subject()).distinct()).hasSize(mail.size());
        }
        long rendered = nodes.stream().mapToLong(n -> n.count(l -> l.matches("Stocktake pack for [^:]*: .*\\.pdf") && !l.contains("up to date"))).sum();
        long upToDate = nodes.stream().mapToLong(n -> n.count(l -> l.contains("is up to date"))).sum();
        assertThat(rendered).as(nodes.get(0).output() + "\n----\n" + nodes.get(1).output()).isEqualTo(1);
        assertThat(upToDate).isEqualTo(1);
        try (var packs = Files.list(work.resolve("out/packs"))) {
            assertThat(packs.toList()).hasSize(1);
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
