package org.stocktake.figures;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.stocktake.standard.Period;

/** Writes {@code figures-<period>.csv} (standard §9). */
@Component
public class FiguresCsv {

    static final String[] HEADER = {"area_code", "area_name", "period", "status", "families_identified",
            "families_started", "families_helped", "families_outcomes", "pooled_committed", "pooled_received",
            "pooled_spent", "aligned_committed", "central_received", "local_received"};

    /** Writes {@code outDir/figures-2012-13-Q1.csv} and returns its path. */
    public Path write(Period period, List<AreaFigures> rows, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve("figures-" + period.fileName() + ".csv");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            for (AreaFigures r : rows) {
                csv.printRecord(text(r.areaCode()), text(r.areaName()), r.period().toString(), r.status(),
                        count(r.familiesIdentified()), count(r.familiesStarted()), count(r.familiesHelped()),
                        count(r.familiesOutcomes()), money(r.pooledCommitted()), money(r.pooledReceived()),
                        money(r.pooledSpent()), money(r.alignedCommitted()), money(r.centralReceived()),
                        money(r.localReceived()));
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

    private static String count(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : Money.plain(value);
    }
}
