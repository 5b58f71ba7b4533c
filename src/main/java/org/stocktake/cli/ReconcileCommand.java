package org.stocktake.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.stocktake.reconciliation.FindingsCsv;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Reconcile a period: missing returns, cumulative breaks, decreases and the ledger; writes"
                + " findings-<period>.csv. Recomputed from scratch each time.")
final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, spec.commandLine().getOut(), jobs -> {
            List<Finding> findings = jobs.bean(Reconciler.class).reconcile(jobs.report(period.period));
            spec.commandLine().getOut().println(Findings.summary(period.period, findings,
                    jobs.bean(FindingsCsv.class).write(period.period, findings, jobs.outDir())));
            return 0;
        });
    }
}
