package org.stocktake.figures;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stocktake.output.SafeCsv;
import org.stocktake.period.AreaReport;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.Money;
import org.stocktake.standard.Period;

/** Writes {@code figures-<period>.csv} (standard §9): one row per area the register expects, from the period model. */
@Component
public class FiguresCsv {

    static final List<String> HEADER = List.of("area_code", "area_name", "period", "status", "families_identified",
            "families_started", "families_helped", "families_outcomes", "pooled_committed", "pooled_received",
            "pooled_spent", "aligned_committed", "central_received", "local_received");

    /** {@code outDir/figures-2012-13-Q1.csv}. */
    public static Path fileFor(Period period, Path outDir) {
        return outDir.resolve("figures-" + period.fileName() + ".csv");
    }

    /** Writes {@code outDir/figures-2012-13-Q1.csv} and returns its path. */
    public Path write(PeriodReport report, Path outDir) {
        Path file = fileFor(report.period(), outDir);
        try (SafeCsv csv = SafeCsv.create(file, HEADER)) {
            for (AreaReport a : report.areas()) {
                csv.row(row(report, a));
            }
        }
        return file;
    }

    /** The figures are blank unless a return counts. */
    private static Object[] row(PeriodReport report, AreaReport a) {
        Object[] row = new Object[HEADER.size()];
        row[0] = a.areaCode();
        row[1] = a.areaName();
        row[2] = report.period().toString();
        row[3] = a.status().name();
        ReturnFigures f = a.figures();
        if (f != null) {
            Object[] figures = {f.familiesIdentified(), f.familiesStarted(), f.familiesHelped(), f.familiesOutcomes(),
                    Money.plain(f.pooledCommitted()), Money.plain(f.pooledReceived()), Money.plain(f.pooledSpent()),
                    Money.plain(f.alignedCommitted()), Money.plain(f.centralReceived()), Money.plain(f.localReceived())};
            System.arraycopy(figures, 0, row, 4, figures.length);
        }
        return row;
    }
}
