package org.stocktake.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Write figures-<period>.csv: one row per area the register expects, with the figures of the"
                + " return that counts.")
final class FiguresCommand implements Callable<Integer> {

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
            System.out.println("Figures for " + period + ": " + jobs.writeFigures(period));
            return 0;
        }
    }
}
