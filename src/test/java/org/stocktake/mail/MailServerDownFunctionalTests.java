package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.mail.MailRunner.MailRun;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestMailServer;

/**
 * Nightly's mail job when the mail server is down: the run still completes, its summary says what waits and why,
 * and the next run delivers it, once.
 */
class MailServerDownFunctionalTests extends MailWorld {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);
    /** Q3 has ended, its returns not due for 25 days: no reminder falls due, the feedback is all there is. */
    static final LocalDate MAIL_AS_OF = LocalDate.of(2013, 1, 5);
    static final String ACCEPTED = "Stocktake return accepted: birmingham.xlsx";

    @Autowired
    ImportRunner importer;

    @Autowired
    MailRunner mail;

    @Autowired
    JavaMailSender sender;

    @Test
    void theRunSucceedsWithTheServerDownItsSummarySaysSoAndTheNextRunDeliversOnce() throws Exception {
        // given: a return imported, its feedback waiting for three people, and the mail server down
        new ReturnFixture().writeXlsx(work.resolve("inbox"), "birmingham.xlsx");
        ImportRun imported = importer.run(work.resolve("inbox"), AS_OF, work.resolve("reference"), work.resolve("out"));
        TestMailServer.stop();

        // when
        MailRun down = mail.run(MAIL_AS_OF);

        // then: the run completed; its summary names the reason and what waits
        assertThat(imported.jobCompleted()).isTrue();
        assertThat(down.completed()).isTrue();
        assertThat(down.lines().get(1).lines().toList()).satisfiesExactly(
                first -> assertThat(first).startsWith("Mail: 0 sent, 1 failed in "),
                stopped -> assertThat(stopped).matches("  stopped: the mail server at 127\\.0\\.0\\.1:"
                        + TestMailServer.port() + " could not be reached \\(Connection refused.*\\); 3 messages wait"
                        + " for the next run"),
                failed -> assertThat(failed).startsWith("  failed (retried by the next run): feedback for"
                        + " birmingham.xlsx (submission " + imported.files().get(0).submissionId() + ") to "));
        assertThat(outcomes("feedback:")).containsExactly(ALEX + " PENDING", PAT + " PENDING",
                "asha.patel@birmingham.gov.uk PENDING");

        // when: the server is back
        TestMailServer.start();
        MailRun back = mail.run(MAIL_AS_OF);

        // then: everything that waited goes out, and a third run sends nothing again
        assertThat(back.lines().get(1)).startsWith("Mail: 3 sent, 0 failed in ");
        assertThat(ReceivedMail.all()).extracting(ReceivedMail::to).containsExactlyInAnyOrder(List.of(ALEX),
                List.of(PAT), List.of("asha.patel@birmingham.gov.uk"));
        assertThat(ReceivedMail.all()).allSatisfy(m -> assertThat(m.subject()).isEqualTo(ACCEPTED));
        assertThat(mail.run(MAIL_AS_OF).lines().get(1)).startsWith("Mail: 0 sent, 0 failed in ");
        assertThat(TestMailServer.received()).hasSize(3);
        assertThat(outcomes("feedback:")).allMatch(o -> o.endsWith(" SENT"));
    }

    @Test
    void connectingReadingAndWritingAreBoundedByTimeouts() {
        // Jakarta Mail waits for ever by default: a server that accepts and never answers would hang the run
        assertThat(((JavaMailSenderImpl) sender).getJavaMailProperties())
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "60000");
    }
}
