package org.stocktake.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.stocktake.period.AreaReport;
import org.stocktake.period.Headline;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the tracker of a period: per area, whether its return is accepted, accepted with"
                + " warnings, rejected or missing, with the period's findings.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--period", paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period (default: the latest with an accepted return, else the current one).")
    Period period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, spec.commandLine().getOut(), jobs -> {
            PeriodReports reports = jobs.bean(PeriodReports.class);
            Period p = period != null ? period
                    : reports.latestWithCountingReturn().orElse(Period.containing(LocalDate.now()));
            spec.commandLine().getOut().println(render(reports.load(p)));
            return 0;
        });
    }

    static String render(PeriodReport report) {
        StringBuilder s = new StringBuilder("Stocktake tracker for ").append(report.period())
                .append(System.lineSeparator());
        s.append(String.format("  %-9s  %-28s  %-22s  %8s%n", "area", "name", "status", "findings"));
        for (AreaReport a : report.areas()) {
            s.append(String.format("  %-9s  %-28s  %-22s  %8d%n", a.areaCode(), a.areaName(), a.status(),
                    a.findings().size()));
        }
        Headline h = report.headline();
        s.append(String.format("Expected %d: accepted %d, with warnings %d, rejected %d, missing %d", h.expected(),
                h.accepted(), h.acceptedWithWarnings(), h.rejected(), h.missing()));
        if (report.findings().isEmpty()) {
            s.append(System.lineSeparator()).append("(no findings stored for ").append(report.period())
                    .append(": run 'reconcile --period ").append(report.period()).append("')");
        }
        return s.toString();
    }
}
