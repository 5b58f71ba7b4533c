package org.stocktake.figures;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stocktake.output.SafeCsv;
import org.stocktake.standard.Money;
import org.stocktake.standard.Period;

/** Writes {@code figures-<period>.csv} (standard §9). */
@Component
public class FiguresCsv {

    static final List<String> HEADER = List.of("area_code", "area_name", "period", "status", "families_identified",
            "families_started", "families_helped", "families_outcomes", "pooled_committed", "pooled_received",
            "pooled_spent", "aligned_committed", "central_received", "local_received");

    /** Writes {@code outDir/figures-2012-13-Q1.csv} and returns its path. */
    public Path write(Period period, List<AreaFigures> rows, Path outDir) {
        Path file = outDir.resolve("figures-" + period.fileName() + ".csv");
        try (SafeCsv csv = SafeCsv.create(file, HEADER)) {
            for (AreaFigures r : rows) {
                csv.row(r.areaCode(), r.areaName(), r.period().toString(), r.status(),
                        r.familiesIdentified(), r.familiesStarted(), r.familiesHelped(), r.familiesOutcomes(),
                        money(r.pooledCommitted()), money(r.pooledReceived()), money(r.pooledSpent()),
                        money(r.alignedCommitted()), money(r.centralReceived()), money(r.localReceived()));
            }
        }
        return file;
    }

    private static String money(BigDecimal value) {
        return value == null ? null : Money.plain(value);
    }
}
