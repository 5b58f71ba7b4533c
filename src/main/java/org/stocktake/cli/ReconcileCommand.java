package org.stocktake.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.stocktake.reconciliation.FindingsCsv;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile a period: missing returns, cumulative breaks, decreases and the ledger; writes"
                + " findings-<period>.csv. Recomputed from scratch each time.")
final class ReconcileCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, jobs -> {
            List<Finding> findings = jobs.bean(Reconciler.class).reconcile(jobs.report(period.period));
            System.out.println(Findings.summary(period.period, findings,
                    jobs.bean(FindingsCsv.class).write(period.period, findings, jobs.out())));
            return 0;
        });
    }
}
