package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.TestReference;
import org.stocktake.validation.ReturnStatus;

/**
 * The import job end to end on a real H2 database: statuses, supersession, duplicates, quarantine, the import
 * report and feedback files. {@link PostgresImportJobFunctionalTests} runs the same tests on PostgreSQL.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import-functional;DB_CLOSE_DELAY=-1")
class ImportJobFunctionalTests {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    @Autowired
    ImportRunner runner;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    Path inbox;
    Path reference;
    Path out;

    @BeforeEach
    void cleanDatabase() {
        Submissions.deleteAll(jdbc);
        inbox = work.resolve("inbox");
        reference = TestReference.write(work.resolve("reference"));
        out = work.resolve("out");
    }

    Path put(ReturnFixture fixture, String name, int minute) throws IOException {
        Files.createDirectories(inbox.resolve(name).getParent());
        Path file = fixture.writeXlsx(inbox, name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2012-11-01T10:00:00Z").plusSeconds(60L * minute)));
        return file;
    }

    @Test
    void importsEveryFileAndReportsEachOutcome() throws Exception {
        // given
        put(new ReturnFixture(), "birmingham.xlsx", 1);
        put(new ReturnFixture().cover(CoverLabels.AREA_NAME, "Birmingam").cover(CoverLabels.PERIOD, "2012-13 Q1")
                .cover(CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 7, 20)), "birmingham-q1.xlsx", 2);
        put(new ReturnFixture().cover(CoverLabels.AREA_CODE, "E06000009").cover(CoverLabels.AREA_NAME, "Blackpool")
                .fundingCell(0, 5, "12,5O0"), "blackpool.xlsx", 3);
        put(ReturnValidatorFixtures.withPersonalData(), "essex.xlsx", 4);
        Files.writeString(inbox.resolve("notes.txt"), "not a return");
        Files.setLastModifiedTime(inbox.resolve("notes.txt"), FileTime.from(Instant.parse("2012-11-01T11:00:00Z")));
        Files.writeString(inbox.resolve(".hidden.xlsx"), "ignored");
        Files.writeString(inbox.resolve("~$birmingham.xlsx"), "ignored");

        // when
        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        // then
        assertThat(run.jobCompleted()).isTrue();
        assertThat(run.files()).extracting(RunFile::fileName, RunFile::status, RunFile::areaCode, RunFile::period,
                RunFile::errors, RunFile::warnings).containsExactly(
                tuple("birmingham.xlsx", ReturnStatus.ACCEPTED, "E08000025", "2012-13 Q2", 0, 0),
                tuple("birmingham-q1.xlsx", ReturnStatus.ACCEPTED_WITH_WARNINGS, "E08000025", "2012-13 Q1", 0, 1),
                tuple("blackpool.xlsx", ReturnStatus.REJECTED, "E06000009", "2012-13 Q2", 1, 0),
                tuple("essex.xlsx", ReturnStatus.QUARANTINED, null, null, 1, 0),
                tuple("notes.txt", ReturnStatus.REJECTED, null, null, 1, 0));
        assertThat(run.countsByStatus()).isEqualTo(Map.of(ReturnStatus.ACCEPTED, 1,
                ReturnStatus.ACCEPTED_WITH_WARNINGS, 1, ReturnStatus.REJECTED, 2, ReturnStatus.QUARANTINED, 1));

        assertThat(jdbc.sql("SELECT area_code, period, families_identified, families_helped FROM stocktake_return"
                + " ORDER BY period").query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list()).containsExactly(tuple("E08000025", "2012-13 Q1", 4000L, 300L), tuple("E08000025", "2012-13 Q2", 4000L, 300L));
        BigDecimal received = jdbc.sql("SELECT SUM(received) FROM funding_line f JOIN counting_return c"
                + " ON c.submission_id = f.submission_id WHERE c.period = '2012-13 Q2'").query(BigDecimal.class).single();
        assertThat(received).isEqualByComparingTo("925000.25");

        List<String> report = Files.readAllLines(out.resolve("import-report.csv"), StandardCharsets.UTF_8);
        assertThat(report).hasSize(6);
        assertThat(report.get(0)).isEqualTo(
                "file,sha256,status,area_code,period,errors,warnings,submission_id,supersedes,feedback");
        assertThat(report.get(3)).startsWith("blackpool.xlsx,").contains(",REJECTED,E06000009,2012-13 Q2,1,0,");

        List<String> feedback = Files.readAllLines(FeedbackOf.csv(out, "blackpool.xlsx"), StandardCharsets.UTF_8);
        assertThat(feedback).containsExactly("file,sheet,cell,rule,severity,message,explained,explanation",
                "blackpool.xlsx,Funding,F4,FUND-MONEY,E,\"Funding!F4: \"\"12,5O0\"\" is not an amount of money;"
                        + " enter a number such as 12500\",no,");
        assertThat(Files.readAllLines(FeedbackOf.csv(out, "notes.txt"))).hasSize(2)
                .last().asString().contains(",FILE-FORMAT,E,");
        // The annotated copy: for a return with cell issues only; never for an accepted one without issues,
        // a quarantined one (personal data) or a file that is not a workbook.
        assertThat(FeedbackOf.copy(out, "blackpool.xlsx")).isRegularFile();
        assertThat(FeedbackOf.copy(out, "birmingham-q1.xlsx")).isRegularFile();
        assertThat(FeedbackOf.copyPath(out, "birmingham.xlsx")).doesNotExist();
        assertThat(FeedbackOf.copyPath(out, "essex.xlsx")).doesNotExist();
        assertThat(FeedbackOf.copyPath(out, "notes.txt")).doesNotExist();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(FeedbackOf.copy(out, "blackpool.xlsx").toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Feedback");
            assertThat(wb.getSheet("Funding").getRow(3).getCell(5).getCellComment().getString().getString())
                    .isEqualTo("ERROR FUND-MONEY: Funding!F4: \"12,5O0\" is not an amount of money; enter a number such as 12500");
        }
    }

    @Test
    void aTemplateFilledInByAnOfficerImportsAsAccepted() throws Exception {
        Path template = org.stocktake.template.ReturnTemplate.write(
                org.stocktake.reference.ReferenceCsv.readRegister(reference.resolve("pilots.csv")), "E08000025",
                org.stocktake.standard.Period.of("2012-13 Q2"), out);
        org.stocktake.testing.TemplateFiller.fill(template, inbox.resolve("E08000025-Birmingham-2012-13-Q2.xlsx"));

        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        assertThat(run.files()).extracting(RunFile::fileName, RunFile::status, RunFile::errors, RunFile::warnings)
                .containsExactly(tuple("E08000025-Birmingham-2012-13-Q2.xlsx", ReturnStatus.ACCEPTED, 0, 0));
        assertThat(Files.readAllLines(FeedbackOf.csv(out, "E08000025-Birmingham-2012-13-Q2.xlsx"))).hasSize(1);
        assertThat(FeedbackOf.copyPath(out, "E08000025-Birmingham-2012-13-Q2.xlsx")).doesNotExist();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM funding_line").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void quarantinedFileLeavesNothingButWhereThePersonalDataIs() throws Exception {
        put(ReturnValidatorFixtures.withPersonalData(), "essex.xlsx", 1);

        runner.run(inbox, AS_OF, reference, out);

        assertThat(jdbc.sql("SELECT status, area_code, period FROM submission")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactly(tuple("QUARANTINED", null, null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM family_record").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stocktake_return").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT rule_id || ' ' || sheet || '!' || cell FROM submission_issue").query(String.class).list())
                .containsExactly("REC-PERSONAL-DATA Family records!A3");
        String everything = Files.readString(FeedbackOf.csv(out, "essex.xlsx"))
                + Files.readString(out.resolve("import-report.csv"));
        assertThat(everything).doesNotContain(ReturnValidatorFixtures.PERSONAL_VALUE);
    }

    @Test
    void newerAcceptedReturnSupersedesAndRejectedNeverDoes() throws Exception {
        put(new ReturnFixture(), "first.xlsx", 1);
        put(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, 4100), "second.xlsx", 2);
        put(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, "TBC"), "third-rejected.xlsx", 3);

        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        RunFile first = run.files().get(0);
        RunFile second = run.files().get(1);
        assertThat(second.supersedes()).isEqualTo(first.submissionId());
        assertThat(run.files().get(2).supersedes()).isNull();
        assertThat(jdbc.sql("SELECT r.families_identified FROM counting_return c JOIN stocktake_return r"
                + " ON r.submission_id = c.submission_id").query(Long.class).list()).containsExactly(4100L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void importingTheSameInboxTwiceChangesNothing() throws Exception {
        put(new ReturnFixture(), "birmingham.xlsx", 1);
        put(ReturnValidatorFixtures.withThreeRecords(), "records.xlsx", 2);
        put(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, "TBC"), "rejected.xlsx", 3);
        runner.run(inbox, AS_OF, reference, out);
        String before = snapshot();
        Files.delete(FeedbackOf.csv(out, "birmingham.xlsx"));

        ImportRun again = runner.run(inbox, AS_OF, reference, out);

        // the files already imported from the same paths are passed over silently: not reported, no feedback
        assertThat(again.jobCompleted()).isTrue();
        assertThat(again.files()).isEmpty();
        assertThat(again.passedOver()).isEqualTo(3);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.readAllLines(out.resolve("import-report.csv"))).hasSize(1);
        assertThat(FeedbackOf.csvPath(out, "birmingham.xlsx")).doesNotExist();
        assertThat(again.summary()).startsWith("Import finished: 0 new files").contains("(3 imported before, passed over)");
    }

    @Test
    void aChangedFileAtTheSamePathIsImportedAgain() throws Exception {
        put(new ReturnFixture(), "birmingham.xlsx", 1);
        runner.run(inbox, AS_OF, reference, out);
        put(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, 4100), "birmingham.xlsx", 2);

        ImportRun again = runner.run(inbox, AS_OF, reference, out);

        assertThat(again.files()).extracting(RunFile::fileName, RunFile::status)
                .containsExactly(tuple("birmingham.xlsx", ReturnStatus.ACCEPTED));
        assertThat(again.files().get(0).supersedes()).isNotNull();
    }

    @Test
    void aDuplicateUnderAnotherNameIsReportedOnceNotEveryNight() throws Exception {
        Path original = put(new ReturnFixture(), "a.xlsx", 1);
        runner.run(inbox, AS_OF, reference, out);
        Files.copy(original, inbox.resolve("copy-of-a.xlsx"));

        ImportRun second = runner.run(inbox, AS_OF, reference, out);
        ImportRun third = runner.run(inbox, AS_OF, reference, out);

        assertThat(second.files()).extracting(RunFile::fileName, RunFile::status)
                .containsExactly(tuple("copy-of-a.xlsx", ReturnStatus.DUPLICATE));
        assertThat(Files.readString(FeedbackOf.csv(out, "copy-of-a.xlsx"))).contains(",FILE-DUPLICATE,I,");
        assertThat(third.files()).isEmpty();
        assertThat(third.passedOver()).isEqualTo(2);
    }

    @Test
    void summaryHasOneLinePerProblemWithTheFirstError() throws Exception {
        put(new ReturnFixture().cover(CoverLabels.AREA_CODE, "E06000009").cover(CoverLabels.AREA_NAME, "Blackpool")
                .fundingCell(0, 5, "12,5O0"), "blackpool.xlsx", 1);
        put(ReturnValidatorFixtures.withPersonalData(), "essex.xlsx", 2);
        Files.writeString(reference.resolve("ledger.csv"), "area_code,department,period,amount,reference\nE08000025,DWP,2012-13 Q1,lots,X\n");

        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        String summary = run.summary();
        assertThat(summary).contains("rejected blackpool.xlsx: 1 errors, first: Funding!F4: \"12,5O0\" is not an amount of money")
                .contains("quarantined essex.xlsx: 1 errors, first: REC-PERSONAL-DATA at Family records!A3")
                .contains("problem: reference file refused: ")
                .doesNotContain(ReturnValidatorFixtures.PERSONAL_VALUE);
        assertThat(run.jobCompleted()).isTrue();
    }

    @Test
    void filesOfTheSameNameInTwoFoldersEachKeepTheirOwnFeedback() throws Exception {
        // given: two areas' shared folders hold a return.xlsx each, both with an error in a cell
        put(new ReturnFixture().cover(CoverLabels.AREA_CODE, "E06000009").cover(CoverLabels.AREA_NAME, "Blackpool")
                .fundingCell(0, 5, "12,5O0"), "a/return.xlsx", 1);
        put(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, "TBC"), "b/return.xlsx", 2);

        // when
        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        // then each file's feedback is named by its own path in the inbox, and its summary line points at it
        assertThat(run.files()).extracting(RunFile::fileName, RunFile::status).containsExactly(
                tuple("a/return.xlsx", ReturnStatus.REJECTED), tuple("b/return.xlsx", ReturnStatus.REJECTED));
        assertThat(feedbackFiles()).containsExactly("a/return.xlsx-feedback.xlsx", "a/return.xlsx.csv",
                "b/return.xlsx-feedback.xlsx", "b/return.xlsx.csv");
        // the copies were written on their own thread, which the step's end waited for and stopped
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("feedback copies"));
        assertThat(Files.readString(out.resolve("feedback/a/return.xlsx.csv")))
                .contains("a/return.xlsx,Funding,F4,FUND-MONEY,E,");
        assertThat(Files.readString(out.resolve("feedback/b/return.xlsx.csv")))
                .contains("b/return.xlsx,Families,B3,FAM-NUMBER,E,");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.resolve("feedback/a/return.xlsx-feedback.xlsx").toFile())) {
            assertThat(wb.getSheet("Funding").getRow(3).getCell(5).getCellComment()).isNotNull();
        }
        assertThat(run.summary()).contains("rejected a/return.xlsx: 1 errors, first: Funding!F4: ")
                .contains("(see feedback/a/return.xlsx.csv)")
                .contains("rejected b/return.xlsx: 1 errors, first: Families!B3: ")
                .contains("(see feedback/b/return.xlsx.csv)");
        List<String> report = Files.readAllLines(out.resolve("import-report.csv"));
        assertThat(report.get(1)).startsWith("a/return.xlsx,").endsWith(",feedback/a/return.xlsx.csv");
        assertThat(report.get(2)).startsWith("b/return.xlsx,").endsWith(",feedback/b/return.xlsx.csv");

    }

    /** The files under out/feedback, relative to it, sorted. */
    List<String> feedbackFiles() throws IOException {
        Path feedback = out.resolve("feedback");
        try (var files = Files.walk(feedback)) {
            return files.filter(Files::isRegularFile).map(f -> feedback.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void byteIdenticalFileUnderAnotherNameIsADuplicate() throws Exception {
        Path original = put(new ReturnFixture(), "a.xlsx", 1);
        Files.copy(original, inbox.resolve("copy-of-a.xlsx"));
        Files.setLastModifiedTime(inbox.resolve("copy-of-a.xlsx"), FileTime.from(Instant.parse("2012-11-02T10:00:00Z")));

        ImportRun run = runner.run(inbox, AS_OF, reference, out);

        assertThat(run.files()).extracting(RunFile::fileName, RunFile::status)
                .containsExactly(tuple("a.xlsx", ReturnStatus.ACCEPTED), tuple("copy-of-a.xlsx", ReturnStatus.DUPLICATE));
    }

    String snapshot() {
        return jdbc.sql("SELECT id || status || COALESCE(area_code, '') || COALESCE(period, '') FROM submission ORDER BY id")
                .query(String.class).list()
                + " " + jdbc.sql("SELECT COUNT(*) FROM family_record").query(Long.class).single()
                + " " + jdbc.sql("SELECT COUNT(*) FROM funding_line").query(Long.class).single()
                + " " + jdbc.sql("SELECT COUNT(*) FROM submission_issue").query(Long.class).single();
    }
}
