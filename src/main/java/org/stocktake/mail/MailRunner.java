package org.stocktake.mail;

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
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Launches the mail job ({@link MailJobConfiguration}) as of a date and gathers what it did. */
@Component
public class MailRunner {

    private final JobOperator jobOperator;
    private final Job mailJob;

    MailRunner(JobOperator jobOperator, @Qualifier("mailJob") Job mailJob) {
        this.jobOperator = jobOperator;
        this.mailJob = mailJob;
    }

    /** What the mail job did: its summary lines, and whether the job itself ran to the end. */
    public record MailRun(boolean completed, String status, List<String> lines, Duration took) {

        public String summary() {
            List<String> all = new ArrayList<>(lines);
            if (!completed) {
                all.add(0, "Mail job " + status);
            }
            return String.join(System.lineSeparator(), all);
        }
    }

    public MailRun run(LocalDate asOf) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("run.id", UUID.randomUUID().toString())
                .addString("asOf", asOf.toString(), false)
                .toJobParameters();
        long started = System.nanoTime();
        JobExecution execution;
        try {
            execution = jobOperator.start(mailJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("the mail job could not start: " + e.getMessage(), e);
        }
        ExecutionContext context = execution.getExecutionContext();
        List<String> lines = new ArrayList<>();
        for (String key : List.of(MailJobConfiguration.REMINDERS, MailJobConfiguration.DELIVERY)) {
            if (context.containsKey(key)) {
                lines.add(context.getString(key));
            }
        }
        execution.getAllFailureExceptions().forEach(e -> lines.add("  problem: " + e.getMessage()));
        return new MailRun(execution.getStatus() == BatchStatus.COMPLETED, execution.getStatus().name(), lines,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
