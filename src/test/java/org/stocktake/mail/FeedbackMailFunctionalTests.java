package org.stocktake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stocktake.intake.FileOutcome;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.intake.ReturnImporter;
import org.stocktake.intake.Upload;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.testing.ReceivedMail;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestMailServer;
import org.stocktake.validation.ReturnStatus;

/**
 * The feedback e-mail (standard §12) of returns imported from the inbox and uploaded: who gets it, what it says, what
 * is attached; an upload's goes out without the upload waiting for it; a quarantined value is in no message.
 */
class FeedbackMailFunctionalTests extends MailWorld {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);
    static final List<String> SECRETS = List.of("QQ123456C", "07700 900123", "Mary-Jane O'Neil", "SW1A 1AA",
            "mj.oneil@example.com", "Okonkwo");

    @Autowired
    ImportRunner importer;

    @Autowired
    ReturnImporter returnImporter;

    @Autowired
    MailDelivery delivery;

    Path inbox;
    Path out;

    @BeforeEach
    void reset() {
        inbox = work.resolve("inbox");
        out = work.resolve("out");
    }

    Path put(ReturnFixture fixture, String name, int minute) throws IOException {
        Path file = fixture.writeXlsx(inbox, name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2012-11-01T10:00:00Z").plusSeconds(60L * minute)));
        return file;
    }

    static ReceivedMail to(List<ReceivedMail> mail, String address, String subject) {
        return mail.stream().filter(m -> m.to().equals(List.of(address)) && m.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + subject + "\" to " + address + " in " + mail));
    }

    @Test
    void eachImportedReturnSendsItsFeedbackToTheAreasSubmittersAndTheCoversContactOnce() throws Exception {
        // given: an accepted return, a resubmission with a warning, a rejected return and a byte-identical copy
        Path birmingham = put(new ReturnFixture(), "birmingham.xlsx", 1);
        put(new ReturnFixture().cover(CoverLabels.AREA_NAME, "Birmingam"), "birmingham-v2.xlsx", 2);
        put(new ReturnFixture().cover(CoverLabels.AREA_CODE, BLACKPOOL).cover(CoverLabels.AREA_NAME, "Blackpool")
                .cover(CoverLabels.CONTACT_EMAIL, "Lee.Officer@Blackpool.gov.uk").fundingCell(0, 5, "12,5O0"),
                "q2/blackpool.xlsx", 3);
        Files.copy(birmingham, inbox.resolve("birmingham-again.xlsx"));
        Files.setLastModifiedTime(inbox.resolve("birmingham-again.xlsx"),
                FileTime.from(Instant.parse("2012-11-01T11:00:00Z")));

        // when
        ImportRun run = importer.run(inbox, AS_OF, work.resolve("reference"), out);
        DeliveryReport report = delivery.deliver(Scope.all());

        // then: Birmingham's two active submitters (not the disabled one) and the Cover's contact, Blackpool's
        // submitter and its contact (in lower case); nothing for the duplicate
        assertThat(run.files()).extracting(f -> f.status()).containsExactly(ReturnStatus.ACCEPTED,
                ReturnStatus.ACCEPTED_WITH_WARNINGS, ReturnStatus.REJECTED, ReturnStatus.DUPLICATE);
        assertThat(report.sent()).isEqualTo(8);
        assertThat(report.summary()).startsWith("Mail: 8 sent, 0 failed in ");
        List<ReceivedMail> mail = ReceivedMail.all();
        String accepted = "Stocktake return accepted: birmingham.xlsx";
        String warnings = "Stocktake return accepted with warnings: birmingham-v2.xlsx";
        String rejected = "Stocktake return rejected: q2/blackpool.xlsx";
        assertThat(mail).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(ALEX), accepted), tuple(List.of(PAT), accepted),
                tuple(List.of("asha.patel@birmingham.gov.uk"), accepted),
                tuple(List.of(ALEX), warnings), tuple(List.of(PAT), warnings),
                tuple(List.of("asha.patel@birmingham.gov.uk"), warnings),
                tuple(List.of(BLAKE), rejected), tuple(List.of("lee.officer@blackpool.gov.uk"), rejected));
        assertThat(mail).allSatisfy(m -> {
            assertThat(m.from()).isEqualTo(FROM);
            assertThat(m.autoSubmitted()).isEqualTo("auto-generated");
            assertThat(m.html()).startsWith("<!DOCTYPE html>").contains("<a style=\"color:#1d70b8\" href=\""
                    + PORTAL + "/submissions/");
        });

        long blackpoolId = run.files().get(2).submissionId();
        ReceivedMail toBlake = to(mail, BLAKE, rejected);
        assertThat(toBlake.text()).isEqualTo("""
                Your stocktake return q2/blackpool.xlsx for Blackpool (E06000009), 2012-13 Q2, has been rejected. \
                It does not count.

                It has 1 error. Correct the errors in your own workbook (not the feedback copy) and send it again.

                The issues:
                * Funding!F4 – FUND-MONEY, error: "12,5O0" is not an amount of money; enter a number such as 12500

                Every issue is in the attached file blackpool.xlsx.csv.

                View the submission and download your workbook with each issue marked (sign in first):
                https://stocktake.example.gov.uk/submissions/%d

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """.formatted(blackpoolId));
        assertThat(toBlake.html()).contains("<strong>Funding!F4</strong>",
                "&quot;12,5O0&quot; is not an amount of money; enter a number such as 12500");
        assertThat(toBlake.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("blackpool.xlsx.csv");
            assertThat(a.contentType()).startsWith("text/csv; charset=utf-8");
            // exactly the §9 feedback CSV the import wrote to out/feedback
            assertThat(a.content()).isEqualTo(Files.readAllBytes(out.resolve("feedback/q2/blackpool.xlsx.csv")));
        });

        long firstId = run.files().get(0).submissionId();
        assertThat(to(mail, ALEX, accepted).text()).isEqualTo("""
                Your stocktake return birmingham.xlsx for Birmingham (E08000025), 2012-13 Q2, has been accepted. \
                It counts.

                It has no issues.

                View the submission (sign in first):
                https://stocktake.example.gov.uk/submissions/%d

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """.formatted(firstId));
        assertThat(to(mail, ALEX, accepted).attachments()).singleElement().satisfies(a -> assertThat(a.text())
                .isEqualTo("file,sheet,cell,rule,severity,message,explained,explanation\r\n"));
        assertThat(to(mail, PAT, warnings).text()).startsWith("""
                Your stocktake return birmingham-v2.xlsx for Birmingham (E08000025), 2012-13 Q2, has been accepted \
                with warnings. It counts, and the steering group will see the warnings. It replaces the return that \
                counted before (submission %d).

                It has 1 warning. Check the warnings. Explain any you expect on the Explanations sheet.

                The issues:
                * Cover!""".formatted(firstId));

        // when: the same inbox again, and the sender again
        ImportRun again = importer.run(inbox, AS_OF, work.resolve("reference"), out);
        DeliveryReport second = delivery.deliver(Scope.all());

        // then: nothing new, nothing twice
        assertThat(again.files()).isEmpty();
        assertThat(second.sent()).isZero();
        assertThat(TestMailServer.received()).hasSize(8);
        assertThat(outcomes("feedback:")).hasSize(8).allMatch(o -> o.endsWith(" SENT"));
    }

    @Test
    void aQuarantinedReturnNamesOnlyTheCellsAndItsValuesAreInNoMessage() throws Exception {
        // given: personal data in Family records, once in the inbox and once uploaded by a Birmingham submitter
        put(personal("Asha Patel"), "personal.xlsx", 1);
        Path uploaded = personal("A. Patel").writeXlsx(work.resolve("upload"), "personal-upload.xlsx");

        // when
        importer.run(inbox, AS_OF, work.resolve("reference"), out);
        FileOutcome upload = returnImporter.importUpload(new Upload(uploaded, "personal-upload.xlsx", ALEX, AS_OF, out));
        assertThat(TestMailServer.await(2, 20_000)).isTrue();
        delivery.deliver(Scope.all());

        // then: the inbox file e-mails no one (nothing of it is kept, not even its area); the upload goes to the
        // submitters of the uploader's area, not to the Cover's contact, and names cells only
        List<ReceivedMail> mail = ReceivedMail.all();
        assertThat(upload.status()).isEqualTo(ReturnStatus.QUARANTINED);
        assertThat(mail).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(ALEX), "Stocktake return quarantined: personal-upload.xlsx"),
                tuple(List.of(PAT), "Stocktake return quarantined: personal-upload.xlsx"));
        assertThat(mail.get(0).text()).isEqualTo("""
                Your stocktake return personal-upload.xlsx has been quarantined: its Family records sheet holds \
                personal data, so nothing from the file has been kept.

                It has personal data in 5 cells. Remove the personal data from the cells below, then send the return \
                again. Never put names, addresses, postcodes, dates of birth, phone numbers, e-mail addresses or \
                National Insurance numbers in the Family records sheet.

                Cells with personal data:
                * Family records!F2 – REC-PERSONAL-DATA, error
                * Family records!A3 – REC-PERSONAL-DATA, error
                * Family records!G4 – REC-PERSONAL-DATA, error
                * Family records!H4 – REC-PERSONAL-DATA, error
                * Family records!I5 – REC-PERSONAL-DATA, error

                The attached file personal-upload.xlsx.csv lists the same cells.

                View the submission (sign in first):
                https://stocktake.example.gov.uk/submissions/%d

                This is an automatic e-mail from stocktake, the Community Budget stocktake service. Replies to it \
                are not read.
                """.formatted(upload.submissionId()));
        assertThat(mail.get(0).attachments()).singleElement().satisfies(a -> assertThat(a.text().lines().skip(1))
                .hasSize(5).allMatch(l -> l.startsWith("personal-upload.xlsx,Family records,")));
        for (ReceivedMail m : mail) {
            String everything = m.everything();
            for (String secret : SECRETS) {
                assertThat(everything).as("%s in the message to %s", secret, m.to()).doesNotContain(secret);
            }
        }
    }

    @Test
    void anUploadsFeedbackIsSentRightAfterItsCommitWithNoRunOfTheSender() throws Exception {
        // when: a portal upload (the importer's upload path), and no sender run at all
        Path file = new ReturnFixture().writeXlsx(work.resolve("upload"), "birmingham.xlsx");
        FileOutcome outcome = returnImporter.importUpload(new Upload(file, "birmingham.xlsx", PAT, AS_OF, out));

        // then: its feedback arrives, once to each recipient, and the outbox records it sent
        assertThat(TestMailServer.await(3, 20_000)).isTrue();
        String key = "feedback:" + outcome.submissionId();
        waitFor(() -> outcomes(key).stream().allMatch(o -> o.endsWith(" SENT")), "the outcomes are recorded");
        assertThat(outcomes(key)).containsExactly(ALEX + " SENT", PAT + " SENT", "asha.patel@birmingham.gov.uk SENT");
        assertThat(ReceivedMail.all()).extracting(ReceivedMail::to, ReceivedMail::subject).containsExactlyInAnyOrder(
                tuple(List.of(ALEX), "Stocktake return accepted: birmingham.xlsx"),
                tuple(List.of(PAT), "Stocktake return accepted: birmingham.xlsx"),
                tuple(List.of("asha.patel@birmingham.gov.uk"), "Stocktake return accepted: birmingham.xlsx"));
        assertThat(delivery.deliver(Scope.all()).sent()).isZero();
    }

    @Test
    void anUploadsFeedbackGoesOutAfterItsCommitWithoutTheUploadWaitingForTheMailServer() throws Exception {
        // given: a "mail server" that accepts connections and never answers (no SMTP greeting)
        TestMailServer.stop();
        List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path file = new ReturnFixture().writeXlsx(work.resolve("upload"), "birmingham.xlsx");
        FileOutcome outcome;
        long took;
        try (ServerSocket silent = new ServerSocket(TestMailServer.port(), 5,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            acceptor.start();

            // when
            long started = System.nanoTime();
            outcome = returnImporter.importUpload(new Upload(file, "birmingham.xlsx", ALEX, AS_OF, out));
            took = System.nanoTime() - started;
            waitFor(() -> !held.isEmpty(), "the sender connects");
        }
        for (Socket s : held) {
            s.close();
        }

        // then: the upload returned long before the 30 s read timeout, its message was claimed in the background,
        // failed when the silent server went away, and waits for a run with the server back
        assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(20));
        String key = "feedback:" + outcome.submissionId();
        waitFor(() -> outcomes(key).stream().noneMatch(o -> o.endsWith(" SENDING")), "the attempt ends");
        assertThat(outcomes(key)).containsExactly(ALEX + " PENDING", PAT + " PENDING",
                "asha.patel@birmingham.gov.uk PENDING");
        TestMailServer.start();
        assertThat(delivery.deliver(Scope.all()).sent()).isEqualTo(3);
        assertThat(ReceivedMail.all()).extracting(ReceivedMail::to).containsExactlyInAnyOrder(List.of(ALEX),
                List.of(PAT), List.of("asha.patel@birmingham.gov.uk"));
    }

    /** A return with personal data in Family records, and an e-mail address from those records as its contact. */
    static ReturnFixture personal(String contactName) {
        ReturnFixture personal = new ReturnFixture().cover(CoverLabels.CONTACT_EMAIL, "mj.oneil@example.com")
                .cover(CoverLabels.CONTACT_NAME, contactName);
        personal.withExtraRecordColumns("Contact", "Notes", "Area", "Surname");
        personal.withRecords(List.of(
                new Object[] {"BHM-0001", LocalDate.of(2012, 5, 1), null, null, null, "07700 900123", null, null, null},
                new Object[] {"QQ123456C", LocalDate.of(2012, 5, 2), null, null, null, null, null, null, null},
                new Object[] {"BHM-0003", LocalDate.of(2012, 5, 3), null, null, null, null, "Mary-Jane O'Neil",
                    "SW1A 1AA", null},
                new Object[] {"BHM-0004", LocalDate.of(2012, 5, 4), null, null, null, "x", null, null, "Okonkwo"}));
        return personal;
    }

    static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
