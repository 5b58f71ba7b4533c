package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.testing.PortalFixture.CENTRAL;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.intake.ImportRunner;
import org.stocktake.standard.CodeList;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestReference;
import org.stocktake.testing.Uploads;

/**
 * A submission's downloads (standard §11.2): the original file byte for byte under its own name, the §9 feedback CSV
 * written from the stored issues, and the annotated copy made from the stored original; each one audited, none for
 * what is not made or not kept.
 */
@PortalTest
class SubmissionDownloadsFunctionalTests {

    static final Path OUT = Path.of("target/portal-tests/out/feedback");

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
    void signIn() {
        fixture.reset();
        jdbc = fixture.jdbc();
        Submissions.deleteAll(jdbc);
        officer = signedIn(SUBMITTER_A);
    }

    @Test
    void theOriginalIsTheFileAsReceivedByteForByteUnderItsOwnName() {
        // given: a legacy .xls sample (Greater Manchester, an area of no user's: the central team uploads it)
        byte[] xls = Uploads.read(Path.of("input-samples/returns/2012-13-Q1/E11000001-Greater-Manchester-2012-13-Q1.xls"));
        PortalClient central = signedIn(CENTRAL);
        String name = "Greater Manchester – Q1 'final' ü.xls";
        long id = UploadFunctionalTests.submissionId(central.upload(name, xls));

        // when
        HttpResponse<byte[]> original = central.download("/submissions/" + id + "/original");

        // then
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(Uploads.sha256(original.body())).isEqualTo(Uploads.sha256(xls));
        assertThat(original.headers().firstValue("Content-Type")).hasValue("application/vnd.ms-excel");
        assertThat(original.headers().firstValueAsLong("Content-Length")).hasValue(xls.length);
        assertThat(ContentDisposition.parse(original.headers().firstValue("Content-Disposition").orElseThrow()))
                .satisfies(d -> {
                    assertThat(d.isAttachment()).isTrue();
                    assertThat(d.getFilename()).isEqualTo(name);
                });
        assertThat(fixture.audit()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail).contains(
                tuple(CENTRAL, AuditAction.DOWNLOAD, "original file of submission " + id + " (" + name + ")"));
    }

    @Test
    void theFeedbackCsvIsTheSection9FileWrittenFromTheStoredIssues() throws Exception {
        long id = UploadFunctionalTests.submissionId(officer.upload("typo.xlsx",
                Uploads.xlsx(Uploads.areaA().fundingCell(0, 5, "12,5O0").fundingCell(1, 2, CodeList.CENTRAL))));

        HttpResponse<byte[]> csv = officer.download("/submissions/" + id + "/feedback.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("typo.xlsx.csv");
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        List<String> messages = jdbc.sql("SELECT message FROM submission_issue WHERE submission_id = ? ORDER BY id")
                .param(id).query(String.class).list();
        assertThat(body).isEqualTo("file,sheet,cell,rule,severity,message,explained,explanation\r\n"
                + "typo.xlsx,Funding,F4,FUND-MONEY,E," + quoted(messages.get(0)) + ",no,\r\n"
                + "typo.xlsx,Funding,C5,FUND-SOURCE,W," + quoted(messages.get(1)) + ",no,\r\n");
        // the same as the file the import wrote under --out
        assertThat(body).isEqualTo(Files.readString(OUT.resolve("typo.xlsx.csv")));
    }

    @Test
    void theAnnotatedWorkbookIsMadeFromTheStoredOriginal() throws Exception {
        Path written = OUT.resolve("warnings.xlsx-feedback.xlsx");
        Files.deleteIfExists(written); // another test's upload of the same name
        long id = UploadFunctionalTests.submissionId(officer.upload("warnings.xlsx",
                Uploads.xlsx(Uploads.areaA().fundingCell(0, 2, CodeList.CENTRAL))));
        // the original kept in the database, not a file on this node, is what the copy is made from;
        // the import writes its own copy under --out once the officer has the result, so it is waited for
        for (int i = 0; i < 100 && !Files.exists(written); i++) {
            Thread.sleep(100);
        }
        List<String> expected = dump(Files.readAllBytes(written));
        Files.delete(written);

        HttpResponse<byte[]> copy = officer.download("/submissions/" + id + "/feedback.xlsx");

        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("warnings.xlsx-feedback.xlsx");
        List<String> actual = dump(copy.body());
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).contains("sheet Feedback", "sheet Funding");
        assertThat(actual).anyMatch(line -> line.startsWith("Funding!C4 comment: "));
        assertThat(actual.get(0)).isEqualTo("sheet Feedback");
    }

    @Test
    void noAnnotatedWorkbookIsMadeForAReturnWithoutIssuesOrAFileThatCouldNotBeOpened() {
        long clean = UploadFunctionalTests.submissionId(officer.upload("clean.xlsx", Uploads.xlsx(Uploads.areaA())));
        long unreadable = UploadFunctionalTests.submissionId(officer.upload("notes.xlsx",
                "not a workbook".getBytes(StandardCharsets.UTF_8)));

        for (long id : List.of(clean, unreadable)) {
            var answer = officer.get("/submissions/" + id + "/feedback.xlsx");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.html().select("h1").text()).isEqualTo("Page not found");
        }
        assertThat(officer.get("/submissions/" + unreadable).html().select("main ul.govuk-list a").eachText())
                .containsExactly("Feedback (CSV)", "The file as received");
    }

    @Test
    void aSubmissionImportedBeforeOriginalsWereKeptSaysItsFileIsNotKept() throws Exception {
        Path dir = Files.createDirectories(work.resolve("inbox"));
        Uploads.areaA().writeXlsx(dir, "old.xlsx");
        long id = inbox.run(dir, LocalDate.of(2012, 11, 30), TestReference.write(work.resolve("reference")),
                work.resolve("out")).files().get(0).submissionId();
        assertThat(officer.download("/submissions/" + id + "/original").statusCode()).isEqualTo(200);
        jdbc.sql("DELETE FROM submission_original WHERE submission_id = ?").param(id).update();

        var answer = officer.get("/submissions/" + id + "/original");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.html().select("h1").text()).isEqualTo("The file as received is not kept");
        assertThat(answer.html().select("main p").get(0).text()).isEqualTo("This file was received before stocktake"
                + " kept the files it receives, so only what was found in it is kept.");
        assertThat(officer.get("/submissions/" + id).html().select("main ul.govuk-list a").eachText())
                .containsExactly("Feedback (CSV)");
    }

    /** A CSV field holding quotes, as RFC 4180 writes it. */
    private static String quoted(String text) {
        assertThat(text).contains("\"");
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    PortalClient signedIn(String email) {
        return PortalClient.signedIn(port, email, PASSWORD);
    }

    /** Every sheet, non-empty cell (formatted value and fill), and comment of a workbook, one line each. */
    static List<String> dump(byte[] xlsx) throws Exception {
        List<String> lines = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                lines.add("sheet " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String ref = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                        lines.add(ref + " = " + format.formatCellValue(cell) + " fill "
                                + cell.getCellStyle().getFillForegroundColor());
                        if (cell.getCellComment() != null) {
                            lines.add(ref + " comment: " + cell.getCellComment().getString().getString());
                        }
                    }
                }
            }
        }
        return lines;
    }
}
