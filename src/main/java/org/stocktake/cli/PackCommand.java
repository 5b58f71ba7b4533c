package org.stocktake.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Render the stocktake pack for a period (reconciling it first): packs/stocktake-<period>.pdf.")
final class PackCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--period", required = true, paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period, such as 2012-13 Q1.")
    Period period;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The \"data as at\" date (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            PeriodJobs jobs = new PeriodJobs(context, common);
            jobs.loadReference();
            jobs.writeFindings(period, jobs.reconcile(period));
            jobs.writeFigures(period);
            System.out.println("Stocktake pack for " + period + ": "
                    + jobs.renderPack(period, asOf == null ? LocalDate.now() : asOf));
            return 0;
        }
    }
}
