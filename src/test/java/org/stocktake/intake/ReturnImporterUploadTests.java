package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestReference;
import org.stocktake.validation.ReturnStatus;

/**
 * One import, two ways in: a single uploaded file goes through the importer the inbox step uses, at once and in its
 * own transaction, with the same statuses, duplicates and feedback, and is recorded with who uploaded it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:upload;DB_CLOSE_DELAY=-1")
class ReturnImporterUploadTests {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    @Autowired
    ReturnImporter importer;

    @Autowired
    ImportRunner runner;

    @Autowired
    ReferenceLoader reference;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    Path out;

    @BeforeEach
    void clean() {
        Submissions.deleteAll(jdbc);
        reference.load(TestReference.write(work.resolve("reference")));
        out = work.resolve("out");
    }

    /** The upload as the portal would keep it: in a temporary file whose own name means nothing. */
    Upload upload(ReturnFixture fixture, String fileName) throws Exception {
        Path stored = fixture.writeXlsx(Files.createTempDirectory(work, "upload-"), "part-0001.tmp");
        return new Upload(stored, fileName, "pat.officer@birmingham.gov.uk", AS_OF, out);
    }

    @Test
    void anUploadIsImportedAtOnceAndRecordedWithWhoUploadedIt() throws Exception {
        // when
        FileOutcome outcome = importer.importUpload(upload(new ReturnFixture(), "birmingham Q2.xlsx"));

        // then
        assertThat(outcome.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(outcome.areaCode()).isEqualTo("E08000025");
        assertThat(outcome.period()).isEqualTo("2012-13 Q2");
        assertThat(outcome.duplicateOf()).isNull();
        assertThat(jdbc.sql("SELECT file_name, status, uploaded_by, job_execution_id FROM submission WHERE id = ?")
                .param(outcome.submissionId()).query((rs, n) -> tuple(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4))).single())
                .isEqualTo(tuple("birmingham Q2.xlsx", "ACCEPTED", "pat.officer@birmingham.gov.uk", null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM funding_line WHERE submission_id = ?").param(outcome.submissionId())
                .query(Long.class).single()).isEqualTo(3);
        // an upload is no file of the inbox: not remembered as seen, not in any run's report
        assertThat(jdbc.sql("SELECT COUNT(*) FROM seen_file").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_run_file").query(Long.class).single()).isZero();
        assertThat(Files.readAllLines(out.resolve("feedback/birmingham Q2.xlsx.csv")))
                .containsExactly("file,sheet,cell,rule,severity,message,explained,explanation");
    }

    @Test
    void theSameBytesAgainAreADuplicateOfTheFirstSubmissionAndChangeNothing() throws Exception {
        Path inbox = work.resolve("inbox");
        Path original = new ReturnFixture().writeXlsx(inbox, "birmingham.xlsx");
        long first = runner.run(inbox, AS_OF, work.resolve("reference"), out).files().get(0).submissionId();
        Path copy = Files.copy(original, Files.createTempDirectory(work, "upload-").resolve("part-0002.tmp"));

        FileOutcome again = importer.importUpload(new Upload(copy, "birmingham-again.xlsx",
                "pat.officer@birmingham.gov.uk", AS_OF, out));

        assertThat(again.status()).isEqualTo(ReturnStatus.DUPLICATE);
        assertThat(again.duplicateOf()).isEqualTo(first);
        assertThat(again.submissionId()).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single()).isEqualTo(1);
        String name = "feedback/birmingham-again.xlsx.csv";
        assertThat(Files.readString(out.resolve(name)))
                .contains(",FILE-DUPLICATE,I,\"this file is byte-identical to birmingham.xlsx, already imported as"
                        + " submission " + first + " (ACCEPTED); it was skipped and nothing changed\",no,");
    }

    @Test
    void aRejectedUploadGetsItsFeedbackAndItsAnnotatedCopy() throws Exception {
        FileOutcome outcome = importer.importUpload(upload(new ReturnFixture().cover("Area code", "E06000009")
                .cover("Area name", "Blackpool").fundingCell(0, 5, "12,5O0"), "blackpool.xlsx"));

        assertThat(outcome.status()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(outcome.issues()).extracting(i -> i.rule().id() + " " + i.location())
                .containsExactly("FUND-MONEY Funding!F4");
        assertThat(Files.readAllLines(out.resolve("feedback/blackpool.xlsx.csv"))).hasSize(2);
        assertThat(out.resolve("feedback/blackpool.xlsx-feedback.xlsx")).isRegularFile();
    }

    @Test
    void theAnnotatedCopyCanBeWrittenAfterTheResultIsKnown() throws Exception {
        List<Runnable> later = new ArrayList<>();

        FileOutcome outcome = importer.importUpload(upload(new ReturnFixture().cover("Area code", "E06000009")
                .cover("Area name", "Blackpool").fundingCell(0, 5, "12,5O0"), "blackpool.xlsx"), UploadAreas.ANY,
                later::add);

        assertThat(outcome.status()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(Files.readAllLines(out.resolve("feedback/blackpool.xlsx.csv"))).hasSize(2);
        assertThat(out.resolve("feedback/blackpool.xlsx-feedback.xlsx")).doesNotExist();
        assertThat(later).hasSize(1);

        later.get(0).run();

        assertThat(out.resolve("feedback/blackpool.xlsx-feedback.xlsx")).isRegularFile();
    }

    @Test
    void aQuarantinedUploadKeepsOnlyWhereThePersonalDataIs() throws Exception {
        FileOutcome outcome = importer.importUpload(upload(ReturnValidatorFixtures.withPersonalData(), "essex.xlsx"));

        assertThat(outcome.status()).isEqualTo(ReturnStatus.QUARANTINED);
        assertThat(outcome.areaCode()).isNull();
        assertThat(outcome.period()).isNull();
        assertThat(outcome.issues()).extracting(i -> i.rule().id() + " " + i.location())
                .containsExactly("REC-PERSONAL-DATA Family records!A3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM family_record").query(Long.class).single()).isZero();
        assertThat(out.resolve("feedback/essex.xlsx-feedback.xlsx")).doesNotExist();
        List<String> feedback = Files.readAllLines(
                out.resolve("feedback/essex.xlsx.csv"));
        assertThat(String.join("\n", feedback)).doesNotContain(ReturnValidatorFixtures.PERSONAL_VALUE);
    }
}
