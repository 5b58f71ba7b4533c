package org.stocktake.reconciliation;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stocktake.output.SafeCsv;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;

/** Writes {@code findings-<period>.csv} (standard §9). */
@Component
public class FindingsCsv {

    static final List<String> HEADER = List.of("area_code", "period", "rule", "severity", "message");

    /** {@code outDir/findings-2012-13-Q1.csv}. */
    public static Path fileFor(Period period, Path outDir) {
        return outDir.resolve("findings-" + period.fileName() + ".csv");
    }

    /** Writes {@code outDir/findings-2012-13-Q1.csv} and returns its path. */
    public Path write(Period period, List<Finding> findings, Path outDir) {
        Path file = fileFor(period, outDir);
        try (SafeCsv csv = SafeCsv.create(file, HEADER)) {
            for (Finding f : findings) {
                csv.row(f.areaCode(), f.period().toString(), f.rule().id(), f.severity().code(), f.message());
            }
        }
        return file;
    }
}
