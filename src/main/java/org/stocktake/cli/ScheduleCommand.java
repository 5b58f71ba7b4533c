package org.stocktake.cli;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import org.stocktake.intake.ImportStopSignal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Stay running and run what nightly runs on a cron schedule (default 02:00 every night)."
                + " SIGTERM finishes the file in hand and exits.")
final class ScheduleCommand implements Callable<Integer> {

    static final String DEFAULT_CRON = "0 0 2 * * *";
    private static final Logger log = LoggerFactory.getLogger(ScheduleCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ImportCommand.InboxOptions inbox;

    @Option(names = "--cron", paramLabel = "EXPR",
            description = "Spring cron expression, six fields: second minute hour day month weekday"
                    + " (default: stocktake.schedule.cron, else '" + DEFAULT_CRON + "').")
    String cron;

    @Override
    public Integer call() {
        CronExpression fromOption = cron == null ? null : parse(cron);
        try (ConfigurableApplicationContext context = SpringContext.start(common, false)) {
            CronExpression schedule = fromOption != null ? fromOption
                    : parse(context.getEnvironment().getProperty("stocktake.schedule.cron", DEFAULT_CRON));
            GracefulStop stop = GracefulStop.install(context.getBean(ImportStopSignal.class));
            try {
                loop(context, schedule, stop);
            } finally {
                context.close();
                stop.finished();
            }
        }
        return 0;
    }

    private void loop(ConfigurableApplicationContext context, CronExpression schedule, GracefulStop stop) {
        log.info("Scheduled: nightly runs on '{}' over {}", schedule, inbox.inbox);
        while (!stop.requested()) {
            ZonedDateTime next = schedule.next(ZonedDateTime.now());
            if (next == null) {
                log.info("The schedule '{}' has no further run: exiting", schedule);
                return;
            }
            log.info("Next run at {}", next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            if (!stop.sleepUntil(next)) {
                return;
            }
            log.info("Scheduled run starting");
            try {
                int status = new Nightly(context, common, spec.commandLine().getOut()).run(inbox.inbox, inbox.asOf());
                log.info("Scheduled run finished with status {}", status);
            } catch (RuntimeException e) {
                // one failed night must not end the schedule: say so (the trace goes to the log file) and wait
                log.error("Scheduled run failed: {}", e.getMessage(), e);
            }
        }
    }

    private CronExpression parse(String expression) {
        try {
            return CronExpression.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "not a cron expression: '" + expression + "' ("
                    + e.getMessage() + "); six fields, e.g. '" + DEFAULT_CRON + "'");
        }
    }
}
