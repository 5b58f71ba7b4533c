package org.stocktake.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Import the inbox, then reconcile, write the figures and render the pack for the latest"
                + " period that has an accepted return.")
final class NightlyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    ImportCommand.InboxOptions inbox;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            ImportRun run = context.getBean(ImportRunner.class).run(inbox.inbox, inbox.asOf(), common.reference, common.out);
            System.out.println(run.summary());
            if (!run.jobCompleted()) {
                return 1;
            }
            PeriodJobs jobs = new PeriodJobs(context, common);
            Optional<Period> latest = jobs.latestAcceptedPeriod();
            if (latest.isEmpty()) {
                System.out.println("No accepted return yet: nothing to reconcile, no pack written.");
                return 0;
            }
            Period period = latest.get();
            List<Finding> findings = jobs.reconcile(period);
            System.out.println(Findings.summary(period, findings, jobs.writeFindings(period, findings)));
            System.out.println("Figures: " + jobs.writeFigures(period));
            Path pack = jobs.renderPack(period, inbox.asOf());
            System.out.println("Stocktake pack for " + period + ": " + pack);
            return 0;
        }
    }
}
