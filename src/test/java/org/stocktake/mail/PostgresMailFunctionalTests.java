package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.stocktake.mail.MailRunner.MailRun;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.TestMailServer;

/**
 * Two nightly mail jobs at once on one PostgreSQL database (two nodes): both write the reminders that fell due and
 * both deliver what waits, claiming recipients with {@code FOR UPDATE SKIP LOCKED}; every message goes out once.
 */
@EnabledIfEnvironmentVariable(named = "STOCKTAKE_TEST_PG_URL", matches = "jdbc:postgresql:.*",
        disabledReason = "PostgreSQL tests skipped: STOCKTAKE_TEST_PG_URL is not set (.ci/run sets it;"
                + " see README, Running the tests on PostgreSQL)")
@SpringBootTest(properties = {"spring.datasource.url=${STOCKTAKE_TEST_PG_URL}",
        "spring.datasource.username=${STOCKTAKE_TEST_PG_USER:stocktake}",
        "spring.datasource.password=${STOCKTAKE_TEST_PG_PASSWORD:stocktake}",
        "spring.datasource.hikari.maximum-pool-size=8",
        "spring.mail.host=127.0.0.1", "stocktake.mail.from=" + MailWorld.FROM, "stocktake.portal.url=" + MailWorld.PORTAL})
class PostgresMailFunctionalTests extends MailWorld {

    static final int WAITING = 60;
    static final Pattern SENT = Pattern.compile("Mail: (\\d+) sent, 0 failed in .*");

    @Autowired
    MailRunner mail;

    @Autowired
    Outbox outbox;

    @Autowired
    MailTemplates templates;

    @Test
    void twoNightlyRunsAtOnceSendEachMessageOnce() throws Exception {
        // given: 60 feedback messages waiting, two recipients each; reminders fall due for the three areas, none of
        // which has an accepted return (Birmingham's to Alex and Pat, Essex's to Pat, Blackpool's to Blake)
        for (int i = 1; i <= WAITING; i++) {
            outbox.enqueue(new OutgoingMessage("feedback:" + (1000 + i), MessageKind.FEEDBACK, "feedback " + i,
                    "Stocktake return accepted: return-" + i + ".xlsx", new MailTemplates.Rendered("text " + i,
                            "<p>html " + i + "</p>"), List.of("officer" + i + "@example.gov.uk", ALEX), List.of(),
                    null, false, null));
        }

        // when: two mail jobs start at the same moment
        List<MailRun> runs = new ArrayList<>();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MailRun>> running = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                running.add(nodes.submit(() -> {
                    start.await();
                    return mail.run(LocalDate.of(2012, 10, 25));
                }));
            }
            start.countDown();
            for (Future<MailRun> run : running) {
                runs.add(run.get(5, TimeUnit.MINUTES));
            }
        } finally {
            nodes.shutdownNow();
        }

        // then: both completed; the reminders were written once, and every copy went out once
        assertThat(runs).allMatch(MailRun::completed);
        int expected = 2 * WAITING + 4;
        List<ReceivedMail> received = ReceivedMail.all();
        assertThat(received).hasSize(expected);
        assertThat(received.stream().map(m -> m.to() + " " + m.subject() + " " + m.text()).distinct()).hasSize(expected);
        assertThat(outcomes("")).hasSize(expected).allMatch(o -> o.endsWith(" SENT"));
        assertThat(runs.stream().mapToInt(r -> sent(r.lines().get(1))).sum()).isEqualTo(expected);
        assertThat(String.join("\n", runs.get(0).lines().get(0), runs.get(1).lines().get(0)))
                .contains("Birmingham (E08000025)", "Blackpool (E06000009)", "Essex (E10000012)");
        assertThat(outcomes("reminder:")).containsExactlyInAnyOrder(ALEX + " SENT", PAT + " SENT", PAT + " SENT",
                BLAKE + " SENT");
    }

    private static int sent(String summary) {
        Matcher m = SENT.matcher(summary.lines().findFirst().orElseThrow());
        assertThat(m.matches()).as(summary).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
