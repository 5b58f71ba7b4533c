package org.stocktake.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import org.stocktake.storage.RunLogStore;

/**
 * Launches the import job with its parameters and gathers what it did. When the latest import of the same
 * inbox (with the same as-of date, reference and output folders) FAILED or was STOPPED, it is restarted rather
 * than a fresh one started, so its report covers the whole inbox. A run killed outright (kill -9, power cut)
 * stays STARTED in the job repository: it cannot be told apart from a run still going on another node, so it
 * is not restarted; the next run starts afresh, and since every file commits with its "seen" row, that run
 * imports exactly the files the killed one had not committed.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int RECENT_IMPORTS = 20;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job importJob;
    private final RunLogStore runLog;
    private final ImportStopSignal stop;

    ImportRunner(JobOperator jobOperator, JobRepository jobRepository, Job importJob, RunLogStore runLog,
            ImportStopSignal stop) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.importJob = importJob;
        this.runLog = runLog;
        this.stop = stop;
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
        JobExecution execution = restartable(parameters).map(this::restart).orElse(null);
        if (execution == null) {
            if (stop.requested()) {
                throw new IllegalStateException("stop requested before the import started");
            }
            try {
                execution = jobOperator.start(importJob, parameters);
            } catch (Exception e) {
                throw new IllegalStateException("the import job could not start: " + e.getMessage(), e);
            }
        }
        List<String> problems = new ArrayList<>();
        String referenceProblem = execution.getExecutionContext().getString("referenceProblem", null);
        if (referenceProblem != null) {
            problems.add(referenceProblem);
        }
        execution.getAllFailureExceptions().forEach(e -> problems.add("job failure: " + e.getMessage()));
        long passedOver = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("importFiles"))
                .mapToLong(StepExecution::getFilterCount).sum();
        return new ImportRun(execution.getId(), execution.getStatus().name(),
                execution.getStatus() == BatchStatus.COMPLETED,
                runLog.filesOf(ImportJobConfiguration.executionsOf(jobRepository, execution)), problems,
                Duration.ofNanos(System.nanoTime() - started), out, passedOver);
    }

    /**
     * The latest import of this inbox, when it failed or was stopped with the same parameters as now. It is looked
     * for among the {@value #RECENT_IMPORTS} latest imports (of any inbox; usually the latest is this inbox's, one
     * inbox per installation): a failure older than that is not picked up again, and a fresh run imports the rest.
     */
    private Optional<JobExecution> restartable(JobParameters wanted) {
        String inbox = wanted.getString("inbox");
        for (JobInstance instance : jobRepository.getJobInstances(ImportJobConfiguration.JOB_NAME, 0, RECENT_IMPORTS)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && inbox.equals(last.getJobParameters().getString("inbox"))) {
                return restartable(last, wanted) ? Optional.of(last) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean restartable(JobExecution last, JobParameters wanted) {
        if (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED) {
            return false;
        }
        JobParameters had = last.getJobParameters();
        return List.of("asOf", "reference", "out").stream()
                .allMatch(name -> wanted.getString(name).equals(had.getString(name)));
    }

    /** Restarts a failed or stopped import; null when another node restarted it first (then start afresh). */
    private JobExecution restart(JobExecution last) {
        log.info("The import of {} (run {}) ended {}: restarting it where it stopped",
                last.getJobParameters().getString("inbox"), last.getId(), last.getStatus());
        try {
            return jobOperator.restart(last);
        } catch (Exception e) {
            log.info("Could not restart run {} ({}): starting a fresh run", last.getId(), e.getMessage());
            return null;
        }
    }
}
