package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.storage.RunLogStore;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestReference;
import org.stocktake.validation.ReturnStatus;

/**
 * The steps of the import job one at a time (spring-batch-test), and a failed import restarted through the job
 * repository as the same job instance.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:import-steps;DB_CLOSE_DELAY=-1")
@SpringBatchTest
class ImportStepsTests {

    @Autowired
    JobOperatorTestUtils batch;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    ImportRunner runner;

    @Autowired
    RunLogStore runLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("importJob")
    Job importJob;

    @TempDir
    Path work;

    Path inbox;
    Path out;

    @BeforeEach
    void clean() throws Exception {
        batch.setJob(importJob); // not the mail job: the context has two
        Submissions.deleteAll(jdbc);
        jdbc.sql("DELETE FROM reference_load").update();
        jdbc.sql("DELETE FROM register_entry").update();
        inbox = work.resolve("inbox");
        out = work.resolve("out");
        put(new ReturnFixture(), "birmingham.xlsx", 1);
        put(new ReturnFixture().cover("Area code", "E06000009").cover("Area name", "Blackpool")
                .fundingCell(0, 5, "12,5O0"), "blackpool.xlsx", 2);
    }

    void put(ReturnFixture fixture, String name, int minute) throws Exception {
        Path file = fixture.writeXlsx(inbox, name);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2012-11-01T10:00:00Z").plusSeconds(60L * minute)));
    }

    JobParameters parameters(Path reference) {
        return new JobParametersBuilder(batch.getUniqueJobParameters())
                .addString("inbox", inbox.toAbsolutePath().toString())
                .addString("asOf", ImportJobFunctionalTests.AS_OF.toString())
                .addString("reference", reference.toAbsolutePath().toString())
                .addString("out", out.toAbsolutePath().toString())
                .toJobParameters();
    }

    @Test
    void theImportStepWritesEveryRowOfEachFileThenItsFeedbackAndPassesOverWhatItSawBefore() throws Exception {
        // given: the reference data in force
        Path reference = TestReference.write(work.resolve("reference"));
        assertThat(batch.startStep("loadReference", parameters(reference), null).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);

        // when
        JobExecution first = batch.startStep("importFiles", parameters(reference), null);

        // then: one chunk (one transaction) per file, every row of it written by the processor
        StepExecution step = first.getStepExecutions().iterator().next();
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(step.getWriteCount()).isEqualTo(2);
        assertThat(step.getCommitCount()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT file_name, status, job_execution_id FROM seen_file ORDER BY file_name")
                .query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getLong(3))).list())
                .containsExactly(tuple("birmingham.xlsx", "ACCEPTED", first.getId()),
                        tuple("blackpool.xlsx", "REJECTED", first.getId()));
        assertThat(runLog.filesOf(List.of(first.getId()))).extracting(RunFile::seq, RunFile::fileName, RunFile::status)
                .containsExactly(tuple(1, "birmingham.xlsx", ReturnStatus.ACCEPTED),
                        tuple(2, "blackpool.xlsx", ReturnStatus.REJECTED));
        // and the writer wrote the files: the CSV of each, the annotated copy of the one with issues
        assertThat(Files.readAllLines(FeedbackOf.csv(out, "birmingham.xlsx"))).hasSize(1);
        assertThat(Files.readAllLines(FeedbackOf.csv(out, "blackpool.xlsx"))).hasSize(2);
        assertThat(FeedbackOf.copy(out, "blackpool.xlsx")).isRegularFile();
        assertThat(FeedbackOf.copyPath(out, "birmingham.xlsx")).doesNotExist();

        // when the step runs again over the same inbox
        JobExecution second = batch.startStep("importFiles", parameters(reference), null);

        // then both files are passed over: filtered, nothing written
        StepExecution again = second.getStepExecutions().iterator().next();
        assertThat(again.getFilterCount()).isEqualTo(2);
        assertThat(again.getWriteCount()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission").query(Long.class).single()).isEqualTo(2);
        assertThat(runLog.filesOf(List.of(second.getId()))).isEmpty();
    }

    @Test
    void aFailedImportIsRestartedAsTheSameJobInstanceAndReportsEveryAttempt() throws Exception {
        // given: no register in force and none in the reference folder, so the import fails at its first step
        Path reference = Files.createDirectories(work.resolve("reference"));
        ImportRun failed = runner.run(inbox, ImportJobFunctionalTests.AS_OF, reference, out);
        assertThat(failed.jobCompleted()).isFalse();
        assertThat(failed.jobStatus()).isEqualTo("FAILED");
        assertThat(failed.problems()).anyMatch(p -> p.contains("no register of pilot areas is in force"));

        // when the reference files are there and the same import runs again
        TestReference.write(reference);
        ImportRun restarted = runner.run(inbox, ImportJobFunctionalTests.AS_OF, reference, out);

        // then it is the failed run's job instance, restarted, and it imports the inbox
        assertThat(restarted.jobCompleted()).isTrue();
        assertThat(restarted.jobExecutionId()).isNotEqualTo(failed.jobExecutionId());
        assertThat(instanceOf(restarted)).isEqualTo(instanceOf(failed));
        assertThat(restarted.files()).extracting(RunFile::fileName, RunFile::status).containsExactly(
                tuple("birmingham.xlsx", ReturnStatus.ACCEPTED), tuple("blackpool.xlsx", ReturnStatus.REJECTED));
        assertThat(Files.readAllLines(out.resolve("import-report.csv"))).hasSize(3);

        // and a completed import is never restarted: the next run is a new instance
        ImportRun next = runner.run(inbox, ImportJobFunctionalTests.AS_OF, reference, out);
        assertThat(instanceOf(next)).isNotEqualTo(instanceOf(restarted));
        assertThat(next.files()).isEmpty();
    }

    @Test
    void aFailedImportWithOtherParametersIsNotRestarted() throws Exception {
        Path reference = Files.createDirectories(work.resolve("reference"));
        ImportRun failed = runner.run(inbox, ImportJobFunctionalTests.AS_OF, reference, out);
        TestReference.write(reference);

        ImportRun other = runner.run(inbox, ImportJobFunctionalTests.AS_OF.plusDays(1), reference, out);

        assertThat(other.jobCompleted()).isTrue();
        assertThat(instanceOf(other)).isNotEqualTo(instanceOf(failed));
        assertThat(other.files()).hasSize(2);
    }

    private long instanceOf(ImportRun run) {
        return jobRepository.getJobExecution(run.jobExecutionId()).getJobInstance().getInstanceId();
    }
}
