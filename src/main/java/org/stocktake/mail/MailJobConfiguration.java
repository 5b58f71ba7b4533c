package org.stocktake.mail;

import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.stocktake.storage.OutboxStore.Scope;

/**
 * The mail job of {@code nightly}, run after the import and the pack stage: write the reminders that have fallen due
 * as of the run's date to the outbox (one transaction), then deliver everything that waits there. The delivery step
 * is not one transaction: the sender commits each claim and each outcome as it goes ({@link MailDelivery}).
 */
@Configuration(proxyBeanMethods = false)
class MailJobConfiguration {

    static final String JOB_NAME = "sendMail";
    static final String REMINDERS = "reminders";
    static final String DELIVERY = "delivery";
    static final String DELIVERY_CLEAN = "deliveryClean";

    @Bean
    Step queueReminders(JobRepository jobRepository, PlatformTransactionManager transactions, Reminders reminders) {
        return new StepBuilder("queueReminders", jobRepository)
                .tasklet((contribution, context) -> {
                    String asOf = (String) context.getStepContext().getJobParameters().get("asOf");
                    Reminders.Queued queued = reminders.queueDue(LocalDate.parse(asOf));
                    contribution.getStepExecution().getJobExecution().getExecutionContext()
                            .putString(REMINDERS, queued.summary());
                    return RepeatStatus.FINISHED;
                }, transactions)
                .build();
    }

    @Bean
    Step deliverMail(JobRepository jobRepository, MailDelivery delivery) {
        return new StepBuilder("deliverMail", jobRepository)
                .tasklet((contribution, context) -> {
                    DeliveryReport report = delivery.deliver(Scope.all());
                    var job = contribution.getStepExecution().getJobExecution().getExecutionContext();
                    job.putString(DELIVERY, report.summary());
                    job.putString(DELIVERY_CLEAN, Boolean.toString(report.clean()));
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    Job mailJob(JobRepository jobRepository, @Qualifier("queueReminders") Step queueReminders,
            @Qualifier("deliverMail") Step deliverMail) {
        return new JobBuilder(JOB_NAME, jobRepository).start(queueReminders).next(deliverMail).build();
    }
}
