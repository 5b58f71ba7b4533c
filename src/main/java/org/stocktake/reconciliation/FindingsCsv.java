package org.stocktake.reconciliation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.stocktake.standard.Period;

/** Writes {@code findings-<period>.csv} (standard §9). */
@Component
public class FindingsCsv {

    /** Writes {@code outDir/findings-2012-13-Q1.csv} and returns its path. */
    public Path write(Period period, List<Finding> findings, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve("findings-" + period.fileName() + ".csv");
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("area_code", "period", "rule", "severity", "message").get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Finding f : findings) {
                csv.printRecord(text(f.areaCode()), f.period().toString(), f.rule().id(), f.severity().code(),
                        text(f.message()));
            }
        }
        return file;
    }

    /** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }
}
