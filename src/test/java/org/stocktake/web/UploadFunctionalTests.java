package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.testing.PortalFixture.AREA_A;
import static org.stocktake.testing.PortalFixture.AREA_B;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;
import static org.stocktake.testing.PortalFixture.SUBMITTER_B;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.nodes.Document;
import org.slf4j.LoggerFactory;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.intake.ImportRunner;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.SharedFiles;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestReference;
import org.stocktake.testing.Uploads;

/**
 * Upload = import (standard §11.2): a return uploaded in the portal goes through the importer the inbox uses, with
 * the same statuses (§5), duplicate rule, supersession and feedback, and answers 303 to its submission's page, which
 * shows what was found. A submitter may upload only their own areas' returns: another area's is refused whole.
 * Over real HTTP with real sessions, with POI-written returns and files of the hostile corpus.
 */
@PortalTest
class UploadFunctionalTests {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    ImportRunner inbox;

    @TempDir
    Path work;

    JdbcClient jdbc;
    PortalClient officer;

    @BeforeEach
    void signInAsTheOfficerOfAreaA() {
        fixture.reset();
        jdbc = fixture.jdbc();
        Submissions.deleteAll(jdbc);
        officer = signedIn(SUBMITTER_A);
    }

    @Test
    void anAcceptedReturnIsImportedAtOnceAndItsPageSaysItCounts() {
        // when
        Page answer = officer.upload("birmingham Q2.xlsx", Uploads.xlsx(Uploads.areaA()));

        // then
        long id = submissionId(answer);
        assertThat(jdbc.sql("SELECT file_name, status, area_code, period, uploaded_by, job_execution_id FROM submission")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6))).list())
                .containsExactly(tuple("birmingham Q2.xlsx", "ACCEPTED", AREA_A, "2012-13 Q2", SUBMITTER_A, null));
        Document page = officer.get(answer.location()).html();
        assertThat(page.select("h1").text()).isEqualTo("birmingham Q2.xlsx");
        assertThat(page.select("main .govuk-tag").first().text()).isEqualTo("Accepted");
        assertThat(page.select("p.govuk-body-l").text()).isEqualTo(
                "This return was accepted. It is the return that counts for Birmingham for 2012-13 Q2.");
        assertThat(summary(page)).containsExactly("Status Accepted", "Area Birmingham (E08000025)",
                "Period 2012-13 Q2", "Errors 0", "Warnings 0", "Information 0", received(page),
                "Sent Uploaded by " + SUBMITTER_A, "File birmingham Q2.xlsx (" + kb(id) + ")");
        assertThat(page.select("main h2 + p").first().text()).isEqualTo("Nothing: every check passed.");
        assertThat(page.select("main ul.govuk-list a").eachText())
                .containsExactly("Feedback (CSV)", "The file as received");
        assertThat(fixture.audit()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .contains(tuple(SUBMITTER_A, AuditAction.UPLOAD, "birmingham Q2.xlsx: ACCEPTED, submission " + id));
    }

    @Test
    void aReturnAcceptedWithWarningsShowsThemByRuleWithTheOfficersExplanations() {
        // given: a council line with source Central (FUND-SOURCE, explained) and an area name the register spells
        // otherwise (COV-AREA-NAME, not explained)
        var fixture = Uploads.areaA().fundingCell(0, 2, CodeList.CENTRAL).cover(CoverLabels.AREA_NAME, "B'ham");
        fixture.explanations = List.<Object[]>of(new Object[] {"FUND-SOURCE", "The grant is paid through DCLG"});

        // when
        Page answer = officer.upload("warnings.xlsx", Uploads.xlsx(fixture));

        // then
        long id = submissionId(answer);
        Document page = officer.get(answer.location()).html();
        assertThat(page.select("main .govuk-tag").first().text()).isEqualTo("Accepted with warnings");
        assertThat(page.select("p.govuk-body-l").text()).isEqualTo("This return was accepted with 2 warnings. It is the"
                + " return that counts for Birmingham for 2012-13 Q2. The steering group sees its warnings and your"
                + " explanations of them.");
        assertThat(summary(page)).contains("Errors 0", "Warnings 2", "Information 0");
        assertThat(page.select("caption").eachText())
                .containsExactly("COV-AREA-NAME: 1 warning", "FUND-SOURCE: 1 warning");
        assertThat(rows(page, 0)).containsExactly(List.of("Cover!B5", message(id, "COV-AREA-NAME"), "Not explained"));
        assertThat(rows(page, 1)).containsExactly(List.of("Funding!C4", message(id, "FUND-SOURCE"),
                "The grant is paid through DCLG"));
        assertThat(page.select("main ul.govuk-list a").eachText()).containsExactly("Feedback (CSV)",
                "Your workbook with the problems marked (Excel)", "The file as received");
    }

    @Test
    void aRejectedReturnListsItsErrorsAndSaysWhatToDoNext() {
        Page answer = officer.upload("typo.xlsx", Uploads.xlsx(Uploads.areaA().fundingCell(0, 5, "12,5O0")));

        long id = submissionId(answer);
        Document page = officer.get(answer.location()).html();
        assertThat(page.select("main .govuk-tag").first().text()).isEqualTo("Rejected");
        assertThat(page.select("p.govuk-body-l").text()).isEqualTo("This return was rejected: nothing of it counts."
                + " Correct the 1 error below in your workbook (not in the feedback copy) and upload it again.");
        assertThat(page.select("caption").eachText()).containsExactly("FUND-MONEY: 1 error");
        assertThat(rows(page, 0)).containsExactly(List.of("Funding!F4", message(id, "FUND-MONEY")));
        assertThat(page.select("h2").eachText()).contains("What to do next");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM funding_line").query(Long.class).single()).isZero();
    }

    @Test
    void aNewerAcceptedReturnSupersedesTheOlderAndEachPageSaysSo() {
        long first = submissionId(officer.upload("first.xlsx", Uploads.xlsx(Uploads.areaA())));
        long second = submissionId(officer.upload("second.xlsx",
                Uploads.xlsx(Uploads.areaA().fundingCell(1, 1, "Offender management"))));

        assertThat(summary(officer.get("/submissions/" + second).html())).contains("Supersedes Submission " + first
                + ": first.xlsx");
        Document older = officer.get("/submissions/" + first).html();
        assertThat(summary(older)).contains("Superseded by Submission " + second + ": second.xlsx");
        assertThat(older.select("p.govuk-body-l").text())
                .isEqualTo("This return was accepted. A later return for Birmingham for 2012-13 Q2 has replaced it.");
        assertThat(older.select("a[href=/submissions/" + second + "]").text())
                .isEqualTo("Submission " + second + ": second.xlsx");
    }

    @Test
    void aFileWhoseAreaCannotBeReadIsRejectedWithItsFeedbackAndBelongsToTheUploadersArea() {
        // given: a password-protected workbook from the hostile corpus, a workbook of another layout, and a return
        // whose Cover names an area the register does not know
        Path corpus = SharedFiles.hostileCorpus();

        // when
        long encrypted = submissionId(officer.upload("password.xls", Uploads.read(corpus.resolve("password.xls"))));
        long otherLayout = submissionId(officer.upload("SampleSS.xlsx", Uploads.read(corpus.resolve("SampleSS.xlsx"))));
        long unknownArea = submissionId(officer.upload("unknown.xlsx",
                Uploads.xlsx(Uploads.areaA().cover(CoverLabels.AREA_CODE, "E09000001"))));

        // then
        assertThat(jdbc.sql("SELECT id, status, area_code, period FROM submission ORDER BY id")
                .query((rs, n) -> tuple(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(tuple(encrypted, "REJECTED", AREA_A, null), tuple(otherLayout, "REJECTED", AREA_A, null),
                        tuple(unknownArea, "REJECTED", AREA_A, "2012-13 Q2"));
        assertThat(rules(encrypted)).containsExactly("FILE-ENCRYPTED");
        assertThat(rules(otherLayout)).containsOnly("TPL-SHEET-MISSING");
        assertThat(rules(unknownArea)).containsExactly("COV-AREA-UNKNOWN");
        Document page = officer.get("/submissions/" + encrypted).html();
        assertThat(summary(page)).contains("Area Birmingham (E08000025)", "Period Not read from the file");
        assertThat(rows(page, 0)).containsExactly(List.of("The whole file", message(encrypted, "FILE-ENCRYPTED")));
        // the uploader's area, so not another area's officer's
        assertThat(signedIn(SUBMITTER_B).get("/submissions/" + encrypted).status()).isEqualTo(404);
    }

    @Test
    void theSameBytesAsAFileOfTheInboxAreADuplicateOfItAndItsPageSaysSo() throws Exception {
        // given: the return imported from the inbox first
        byte[] bytes = Uploads.xlsx(Uploads.areaA());
        Path dir = Files.createDirectories(work.resolve("inbox"));
        Files.write(dir.resolve("birmingham.xlsx"), bytes);
        long fromInbox = inbox.run(dir, AS_OF, TestReference.write(work.resolve("reference")), work.resolve("out"))
                .files().get(0).submissionId();

        // when
        Page answer = officer.upload("birmingham again.xlsx", bytes);

        // then
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).isEqualTo("/submissions/" + fromInbox);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single()).isEqualTo(1);
        Document page = officer.get(answer.location()).html();
        assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("The file birmingham again.xlsx"
                + " was already received: it is byte for byte the file of this submission, so nothing changed.");
        assertThat(summary(page)).contains("Sent From the inbox");
        // the banner is said once
        assertThat(officer.get(answer.location()).html().select(".govuk-notification-banner")).isEmpty();
        assertThat(fixture.audit()).extracting(AuditEntry::detail)
                .contains("birmingham again.xlsx: DUPLICATE of submission " + fromInbox);
    }

    @Test
    void anUploadedFileFoundAgainInTheInboxIsADuplicateThere() throws Exception {
        byte[] bytes = Uploads.xlsx(Uploads.areaA());
        long uploaded = submissionId(officer.upload("birmingham.xlsx", bytes));
        Path dir = Files.createDirectories(work.resolve("inbox"));
        Files.write(dir.resolve("emailed.xlsx"), bytes);

        var run = inbox.run(dir, AS_OF, TestReference.write(work.resolve("reference")), work.resolve("out"));

        assertThat(run.files()).extracting(f -> f.status().name(), f -> f.submissionId())
                .containsExactly(tuple("DUPLICATE", null));
        assertThat(jdbc.sql("SELECT id FROM submission").query(Long.class).list()).containsExactly(uploaded);
    }

    @Test
    void theSameFileUploadedTwiceAtOnceIsStoredOnceAndTheOtherIsItsDuplicate() throws Exception {
        // given: two sessions of the officer, sending the same bytes at the same moment
        byte[] bytes = Uploads.xlsx(Uploads.areaA());
        PortalClient second = signedIn(SUBMITTER_A);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Future<Page> one = senders.submit(() -> officer.upload("first.xlsx", bytes));
            Future<Page> two = senders.submit(() -> second.upload("second.xlsx", bytes));

            // then: both land on the one submission stored; the other upload was its duplicate
            long id = submissionId(one.get(60, TimeUnit.SECONDS));
            assertThat(submissionId(two.get(60, TimeUnit.SECONDS))).isEqualTo(id);
        } finally {
            senders.shutdownNow();
        }
        assertThat(Uploads.rows(jdbc)).containsEntry("submission", 1L).containsEntry("submission_original", 1L)
                .containsEntry("stocktake_return", 1L);
        assertThat(fixture.audit()).extracting(AuditEntry::detail).filteredOn(d -> d.contains(": DUPLICATE of"))
                .hasSize(1);
    }

    @Test
    void anotherAreasReturnIsRefusedAndNothingOfItIsKept() {
        // when: area A's officer uploads area B's return, valid and rejected
        Page valid = officer.upload("blackpool-refused.xlsx", Uploads.xlsx(Uploads.areaB()));
        Page rejected = officer.upload("blackpool-typo.xlsx", Uploads.xlsx(Uploads.areaB().fundingCell(0, 5, "x")));

        // then
        for (Page page : List.of(valid, rejected)) {
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.html().select("h1").text()).isEqualTo("This return is for another area");
            assertThat(page.html().select("main p").first().text()).isEqualTo("The area code on the Cover of this"
                    + " return is not one of your areas (Birmingham (E08000025)), so it was not accepted and nothing"
                    + " of it was kept.");
            assertThat(page.body()).doesNotContain(AREA_B, "Blackpool");
        }
        assertThat(Uploads.rows(jdbc)).isEqualTo(Uploads.noRows());
        assertThat(Path.of("target/portal-tests/out/feedback/blackpool-refused.xlsx.csv")).doesNotExist();
        assertThat(Path.of("target/portal-tests/out/feedback/blackpool-typo.xlsx.csv")).doesNotExist();
        assertThat(fixture.audit()).extracting(AuditEntry::actor, AuditEntry::detail).contains(
                tuple(SUBMITTER_A, "blackpool-refused.xlsx: refused, its Cover names an area that is not the uploader's;"
                        + " nothing was kept"));
    }

    @Test
    void theCentralTeamUploadsForAnyAreaAndAnOfficerCannotRepeatAnotherAreasFile() {
        byte[] blackpool = Uploads.xlsx(Uploads.areaB());
        Page central = signedIn(CENTRAL).upload("blackpool.xlsx", blackpool);
        long id = submissionId(central);
        assertThat(jdbc.sql("SELECT area_code, uploaded_by FROM submission").query((rs, n) -> tuple(rs.getString(1),
                rs.getString(2))).single()).isEqualTo(tuple(AREA_B, CENTRAL));

        Page repeated = officer.upload("copy.xlsx", blackpool);

        assertThat(repeated.status()).isEqualTo(422);
        assertThat(repeated.body()).doesNotContain("/submissions/" + id, AREA_B, "Blackpool");
        assertThat(signedIn(SUBMITTER_B).upload("copy.xlsx", blackpool).location()).isEqualTo("/submissions/" + id);
    }

    @Test
    void aQuarantinedUploadNeverShowsItsValueInAnyPageDownloadOrLog() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            // when
            Page answer = officer.upload("families.xlsx", Uploads.xlsx(Uploads.withPersonalData()));

            // then: nothing of it kept, but where the personal data is
            long id = submissionId(answer);
            assertThat(jdbc.sql("SELECT status, area_code, period FROM submission").query((rs, n) -> tuple(
                    rs.getString(1), rs.getString(2), rs.getString(3))).single())
                    .isEqualTo(tuple("QUARANTINED", AREA_A, null));
            assertThat(Uploads.rows(jdbc)).containsEntry("submission_original", 0L)
                    .containsEntry("family_record", 0L).containsEntry("stocktake_return", 0L);
            Document page = officer.get(answer.location()).html();
            assertThat(page.select("main .govuk-tag").first().text()).isEqualTo("Quarantined");
            assertThat(page.select("caption").eachText()).containsExactly("REC-PERSONAL-DATA: 1 error");
            assertThat(rows(page, 0)).extracting(row -> row.get(0)).containsExactly("Family records!A3");
            assertThat(page.select("main ul.govuk-list a").eachText()).containsExactly("Feedback (CSV)");
            Page original = officer.get(answer.location() + "/original");
            assertThat(original.status()).isEqualTo(404);
            assertThat(original.html().select("h1").text()).isEqualTo("The file as received is not kept");
            assertThat(officer.get(answer.location() + "/feedback.xlsx").status()).isEqualTo(404);

            PortalClient central = signedIn(CENTRAL);
            List<String> everything = List.of(page.outerHtml(), original.body(),
                    officer.get(answer.location() + "/feedback.csv").body(), officer.get("/").body(),
                    officer.get("/areas/" + AREA_A).body(), central.get(answer.location()).body(),
                    central.get("/audit").body(), central.get("/periods/2012-13-Q2").body(),
                    central.get("/periods/2012-13-Q2/pack").body(),
                    Files.readString(Path.of("target/portal-tests/out/feedback/families.xlsx.csv")),
                    String.join("\n", jdbc.sql("SELECT message || ' ' || explanation FROM submission_issue")
                            .query(String.class).list()),
                    log.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                            : ThrowableProxyUtil.asString(e.getThrowableProxy()))).reduce("", String::concat));
            assertThat(everything).noneMatch(text -> text.contains(Uploads.PERSONAL_VALUE)
                    || text.contains("QQ123456C"));
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    void noFileChosenAsksForOne() {
        Page answer = officer.upload("", new byte[0]);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().title()).isEqualTo("Error: Upload a return – Submit a stocktake return – GOV.UK");
        assertThat(answer.html().select(".govuk-error-summary__list a").text()).isEqualTo("Select the return to upload");
        assertThat(answer.html().select(".govuk-error-summary__list a").attr("href")).isEqualTo("#file");
        assertThat(answer.html().select("#file-error").text()).isEqualTo("Error: Select the return to upload");
        assertThat(Uploads.rows(jdbc)).isEqualTo(Uploads.noRows());
    }

    PortalClient signedIn(String email) {
        return PortalClient.signedIn(port, email, PASSWORD);
    }

    static long submissionId(Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        assertThat(answer.location()).matches("/submissions/\\d+");
        return Long.parseLong(answer.location().substring("/submissions/".length()));
    }

    static List<String> summary(Document page) {
        return page.select(".govuk-summary-list__row").eachText();
    }

    /** The rows of the page's n-th table of issues, cell texts. */
    static List<List<String>> rows(Document page, int table) {
        return page.select("main table").get(table).select("tbody tr").stream().map(tr -> tr.select("td").eachText())
                .toList();
    }

    private static String received(Document page) {
        return page.select(".govuk-summary-list__row").stream().map(r -> r.text()).filter(t -> t.startsWith("Received "))
                .findFirst().orElseThrow();
    }

    private String kb(long id) {
        long size = jdbc.sql("SELECT size_bytes FROM submission WHERE id = ?").param(id).query(Long.class).single();
        return Math.round(size / 1024.0) + " KB";
    }

    private String message(long id, String rule) {
        return jdbc.sql("SELECT message FROM submission_issue WHERE submission_id = ? AND rule_id = ?").params(id, rule)
                .query(String.class).single();
    }

    private List<String> rules(long id) {
        return jdbc.sql("SELECT rule_id FROM submission_issue WHERE submission_id = ? ORDER BY id").param(id)
                .query(String.class).list();
    }
}
