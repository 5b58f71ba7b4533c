package org.stocktake.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.figures.AreaFigures;
import org.stocktake.standard.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the tracker of a period: per area, whether its return is accepted, accepted with"
                + " warnings, rejected or missing, with the period's findings.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--period", paramLabel = "P", converter = PeriodConverter.class,
            description = "Reporting period (default: the latest with an accepted return, else the current one).")
    Period period;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, jobs -> {
            Period p = period != null ? period
                    : jobs.latestAcceptedPeriod().orElse(Period.containing(LocalDate.now()));
            List<AreaFigures> areas = jobs.figures(p);
            Map<String, Long> findings = jobs.bean(JdbcClient.class)
                    .sql("SELECT area_code, COUNT(*) FROM finding WHERE period = ? GROUP BY area_code")
                    .param(p.toString()).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            System.out.println(render(p, areas, findings));
            return 0;
        });
    }

    static String render(Period period, List<AreaFigures> areas, Map<String, Long> findings) {
        StringBuilder s = new StringBuilder("Stocktake tracker for ").append(period).append(System.lineSeparator());
        s.append(String.format("  %-9s  %-28s  %-22s  %8s%n", "area", "name", "status", "findings"));
        Map<String, Integer> counts = new TreeMap<>();
        for (AreaFigures a : areas) {
            counts.merge(a.status(), 1, Integer::sum);
            s.append(String.format("  %-9s  %-28s  %-22s  %8d%n", a.areaCode(), a.areaName(), a.status(),
                    findings.getOrDefault(a.areaCode(), 0L)));
        }
        s.append(String.format("Expected %d: accepted %d, with warnings %d, rejected %d, missing %d",
                areas.size(), counts.getOrDefault(AreaFigures.ACCEPTED, 0),
                counts.getOrDefault(AreaFigures.ACCEPTED_WITH_WARNINGS, 0),
                counts.getOrDefault(AreaFigures.REJECTED, 0), counts.getOrDefault(AreaFigures.MISSING, 0)));
        if (findings.isEmpty()) {
            s.append(System.lineSeparator()).append("(no findings stored for ").append(period)
                    .append(": run 'reconcile --period ").append(period).append("')");
        }
        return s.toString();
    }
}
