package org.stocktake.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;
import org.stocktake.storage.RunLogStore;

/** Launches the import job with its parameters and gathers what it did. */
@Component
public class ImportRunner {

    private final JobOperator jobOperator;
    private final Job importJob;
    private final RunLogStore runLog;

    ImportRunner(JobOperator jobOperator, Job importJob, RunLogStore runLog) {
        this.jobOperator = jobOperator;
        this.importJob = importJob;
        this.runLog = runLog;
    }

    public ImportRun run(Path inbox, LocalDate asOf, Path reference, Path out) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("inbox", inbox.toAbsolutePath().normalize().toString())
                .addString("run.id", UUID.randomUUID().toString())
                .addString("asOf", asOf.toString(), false)
                .addString("reference", reference.toAbsolutePath().normalize().toString(), false)
                .addString("out", out.toAbsolutePath().normalize().toString(), false)
                .toJobParameters();
        long started = System.nanoTime();
        JobExecution execution;
        try {
            execution = jobOperator.start(importJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("the import job could not start: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        String referenceProblem = execution.getExecutionContext().getString("referenceProblem", null);
        if (referenceProblem != null) {
            problems.add(referenceProblem);
        }
        execution.getAllFailureExceptions().forEach(e -> problems.add("job failure: " + e.getMessage()));
        return new ImportRun(execution.getId(), execution.getStatus().name(),
                execution.getStatus() == BatchStatus.COMPLETED, runLog.files(execution.getId()), problems,
                Duration.ofNanos(System.nanoTime() - started), out);
    }
}
