package org.stocktake.cli;

import java.util.concurrent.Callable;

import org.stocktake.figures.FiguresCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write figures-<period>.csv: one row per area the register expects, with the figures of the"
                + " return that counts.")
final class FiguresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, spec.commandLine().getOut(), jobs -> {
            spec.commandLine().getOut().println("Figures for " + period.period + ": "
                    + jobs.bean(FiguresCsv.class).write(jobs.report(period.period), jobs.outDir()));
            return 0;
        });
    }
}
