package org.stocktake.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Render the stocktake pack for a period (reconciling it first): packs/stocktake-<period>.pdf.")
final class PackCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The \"data as at\" date (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, jobs -> {
            Period p = period.period;
            jobs.writeFindings(p, jobs.reconcile(p));
            jobs.writeFigures(p);
            System.out.println("Stocktake pack for " + p + ": " + jobs.renderPack(p, asOf == null ? LocalDate.now() : asOf));
            return 0;
        });
    }
}
