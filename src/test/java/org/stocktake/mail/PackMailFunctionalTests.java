package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.pack.PackStage;
import org.stocktake.standard.Period;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.TestDatabase;
import org.stocktake.testing.TestMailServer;

/**
 * The pack e-mail (standard §12): every steering and central user gets the headline, the missing and rejected areas,
 * a link and the PDF, when what the pack shows differs from the last pack e-mailed for the period.
 */
class PackMailFunctionalTests extends MailWorld {

    static final Period Q2 = Period.of("2012-13 Q2");
    static final String SUBJECT = "Stocktake pack for 2012-13 Q2";

    @Autowired
    PackStage stage;

    @Autowired
    MailDelivery delivery;

    @Autowired
    JdbcTemplate jdbcTemplate;

    TestDatabase db;

    @BeforeEach
    void reset() {
        db = TestDatabase.on(jdbcTemplate);
        db.accepted(BIRMINGHAM, "Birmingham", "2012-13 Q2", "ACCEPTED", 18_990, 2_600, 2_233, 1_000);
        db.submission(BLACKPOOL, "2012-13 Q2", "REJECTED");
    }

    @Test
    void thePackGoesToEverySteeringAndCentralUserWithItsHeadlineAndPdf() throws Exception {
        // when
        Path pack = stage.renderIfStale(Q2, LocalDate.of(2012, 11, 30), work.resolve("out")).pack();
        DeliveryReport report = delivery.deliver(Scope.all());

        // then: one copy each, no submitter
        assertThat(report.sent()).isEqualTo(2);
        List<ReceivedMail> mail = ReceivedMail.all();
        assertThat(mail).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(CASEY), SUBJECT), tuple(List.of(SAM), SUBJECT));
        assertThat(mail.get(0).text()).isEqualTo("""
                The stocktake pack for 2012-13 Q2 is attached: stocktake-2012-13-Q2.pdf.

                2,233 of 18,990 families helped (11.8%).

                Returns count for 1 of the 3 areas the register expects.

                Missing returns (1):
                * Essex (E10000012)

                Rejected returns, none accepted (1):
                * Blackpool (E06000009)

                Read the pack as a web page (sign in first):
                https://stocktake.example.gov.uk/periods/2012-13-Q2/pack

                You get this e-mail because you are in the steering group or the central team. A new pack is sent \
                when what it shows changes.

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """);
        assertThat(mail.get(0).html()).contains("2,233 of 18,990 families helped (11.8%).",
                "<li>Essex (E10000012)</li>", "href=\"https://stocktake.example.gov.uk/periods/2012-13-Q2/pack\"");
        assertThat(mail).allSatisfy(m -> assertThat(m.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("stocktake-2012-13-Q2.pdf");
            assertThat(a.contentType()).startsWith("application/pdf");
            assertThat(a.content()).isEqualTo(Files.readAllBytes(pack));
        }));
        // once delivered, the outbox keeps no copy of the PDF
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_attachment WHERE content IS NOT NULL").query(Long.class)
                .single()).isZero();
    }

    @Test
    void aPackIsSentAgainOnlyWhenWhatItShowsDiffersFromTheLastOneSent() throws Exception {
        Path out = work.resolve("out");
        stage.renderIfStale(Q2, LocalDate.of(2012, 11, 30), out);
        delivery.deliver(Scope.all());

        // when: rendered again, a day later (its cover's date changes, not what it shows)
        stage.render(Q2, LocalDate.of(2012, 12, 1), out);
        // then: nothing new
        assertThat(delivery.deliver(Scope.all()).sent()).isZero();

        // when: Blackpool's return is accepted, and the pack rendered twice before the mail goes out
        long blackpool = db.accepted(BLACKPOOL, "Blackpool", "2012-13 Q2", "ACCEPTED", 1_000, 100, 50, 10);
        stage.renderIfStale(Q2, LocalDate.of(2012, 12, 2), out);
        db.accepted(ESSEX, "Essex", "2012-13 Q2", "ACCEPTED", 2_000, 100, 40, 10);
        stage.renderIfStale(Q2, LocalDate.of(2012, 12, 2), out);
        DeliveryReport third = delivery.deliver(Scope.all());

        // then: the older of the two new packs was withdrawn, the newer went out
        assertThat(third.sent()).isEqualTo(2);
        assertThat(outcomes("pack:2012-13-Q2:")).containsExactly(CASEY + " SENT", SAM + " SENT", CASEY + " NOT_SENT",
                SAM + " NOT_SENT", CASEY + " SENT", SAM + " SENT");
        assertThat(ReceivedMail.all()).filteredOn(m -> m.text().contains("2,323 of 21,990 families helped (10.6%)."))
                .hasSize(2).allSatisfy(m -> assertThat(m.text()).contains("Returns count for all 3 areas")
                        .doesNotContain("Missing returns", "Rejected returns"));

        // when: the data goes back to what the first pack showed
        jdbc.sql("DELETE FROM stocktake_return WHERE area_code <> ?").param(BIRMINGHAM).update();
        jdbc.sql("UPDATE submission SET status = 'REJECTED' WHERE id = ?").param(blackpool).update();
        jdbc.sql("DELETE FROM submission WHERE area_code = ?").param(ESSEX).update();
        stage.renderIfStale(Q2, LocalDate.of(2012, 12, 3), out);

        // then: it differs from the last one sent, so it goes out again
        assertThat(delivery.deliver(Scope.all()).sent()).isEqualTo(2);
        assertThat(TestMailServer.received()).hasSize(6);
        assertThat(ReceivedMail.all()).filteredOn(m -> m.text().contains("2,233 of 18,990 families helped (11.8%)."))
                .hasSize(4);
    }
}
