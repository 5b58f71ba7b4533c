package org.stocktake.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.stocktake.output.ImportReportCsv;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.RunLogStore;
import org.stocktake.validation.ReturnValidator;

/**
 * The import job: load the reference data, import every file of the inbox, then write the run's import report.
 * In the import step each file is one chunk, so one transaction: the reader hands over the inbox's files, the
 * processor writes every database row of a file ({@link ReturnImporter}, which the portal's upload calls too), the
 * writer writes its feedback files. Each launch carries its own run id, so the same inbox can be imported again;
 * a failed or stopped run is restarted under its own run id (ImportRunner), and its report then lists what every
 * attempt of it imported.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB_NAME = "importReturns";
    private static final Logger log = LoggerFactory.getLogger(ImportJobConfiguration.class);

    // readers, processors and writers

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox, ImportProgress progress,
            ImportStopSignal stop, @Value("#{stepExecution}") StepExecution stepExecution) {
        List<IncomingFile> files = Inbox.scan(Path.of(inbox));
        progress.start(files.size());
        log.info("Inbox {}: {} files to look at", inbox, files.size());
        return new InboxReader(files, stop, stepExecution);
    }

    @Bean
    @StepScope
    ReturnProcessor returnProcessor(ReturnImporter importer, ReferenceStore reference, ImportProgress progress,
            @Value("#{jobParameters['asOf']}") String asOf, @Value("#{stepExecution}") StepExecution stepExecution) {
        ReturnValidator validator = new ReturnValidator(reference.register(), LocalDate.parse(asOf));
        return new ReturnProcessor(importer, validator, stepExecution.getJobExecutionId(), progress);
    }

    @Bean
    @StepScope
    FeedbackWriter feedbackWriter(FeedbackFiles feedback, ImportProgress progress,
            @Value("#{jobParameters['out']}") String out) {
        return new FeedbackWriter(feedback, progress, Path.of(out));
    }

    // steps

    @Bean
    Step loadReference(JobRepository jobRepository, PlatformTransactionManager transactions, ReferenceLoader loader) {
        return new StepBuilder("loadReference", jobRepository)
                .tasklet((contribution, context) -> {
                    String dir = (String) context.getStepContext().getJobParameters().get("reference");
                    loader.load(Path.of(dir)).forEach(problem -> contribution.getStepExecution().getJobExecution()
                            .getExecutionContext().putString("referenceProblem", problem));
                    return RepeatStatus.FINISHED;
                }, transactions)
                .allowStartIfComplete(true) // a restarted import checks the reference files again
                .build();
    }

    @Bean
    Step importFiles(JobRepository jobRepository, PlatformTransactionManager transactions,
            InboxReader inboxReader, ReturnProcessor returnProcessor, FeedbackWriter feedbackWriter) {
        return new StepBuilder("importFiles", jobRepository)
                .<IncomingFile, FileOutcome>chunk(1)
                .transactionManager(transactions)
                .reader(inboxReader)
                .processor(returnProcessor)
                .writer(feedbackWriter)
                .build();
    }

    @Bean
    Step writeImportReport(JobRepository jobRepository, PlatformTransactionManager transactions, RunLogStore runLog) {
        return new StepBuilder("writeImportReport", jobRepository)
                .tasklet((contribution, context) -> {
                    JobExecution execution = contribution.getStepExecution().getJobExecution();
                    String out = (String) context.getStepContext().getJobParameters().get("out");
                    Path report = ImportReportCsv.write(Path.of(out),
                            runLog.filesOf(executionsOf(jobRepository, execution)));
                    log.info("Import report written to {}", report);
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }

    /** Every execution of the job instance an execution belongs to: a restarted run reports all its attempts. */
    static List<Long> executionsOf(JobRepository jobRepository, JobExecution execution) {
        return jobRepository.getJobExecutions(execution.getJobInstance()).stream().map(JobExecution::getId).sorted()
                .toList();
    }

    // the job

    @Bean
    Job importJob(JobRepository jobRepository, Step loadReference, Step importFiles, Step writeImportReport) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadReference)
                .next(importFiles)
                .next(writeImportReport)
                .build();
    }
}
