package org.stocktake.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile a period: missing returns, cumulative breaks, decreases and the ledger; writes"
                + " findings-<period>.csv. Recomputed from scratch each time.")
final class ReconcileCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period, such as 2012-13 Q1.")
    Period period;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            PeriodJobs jobs = new PeriodJobs(context, common);
            jobs.loadReference();
            List<Finding> findings = jobs.reconcile(period);
            System.out.println(Findings.summary(period, findings, jobs.writeFindings(period, findings)));
            return 0;
        }
    }
}
