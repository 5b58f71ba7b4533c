package org.stocktake.cli;

import java.util.concurrent.Callable;

import org.stocktake.figures.FiguresCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write figures-<period>.csv: one row per area the register expects, with the figures of the"
                + " return that counts.")
final class FiguresCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, jobs -> {
            System.out.println("Figures for " + period.period + ": "
                    + jobs.bean(FiguresCsv.class).write(jobs.report(period.period), jobs.out()));
            return 0;
        });
    }
}
