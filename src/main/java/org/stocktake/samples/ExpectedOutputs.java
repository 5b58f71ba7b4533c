package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.REJECTED;
import static org.stocktake.samples.SampleModel.pounds;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stocktake.samples.SampleModel.AreaInfo;
import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Plan;
import org.stocktake.samples.SampleModel.RegisterRow;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/**
 * The CSV files of the sample set: the register and the ledger (reference data), and what the import is meant
 * to make of the returns, {@code expected/outcomes.csv} and {@code expected/figures-<period>.csv}.
 */
final class ExpectedOutputs {

    private ExpectedOutputs() {
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    static void writePilots(Path file) throws IOException {
        try (CSVPrinter p = csv(file, "area_code", "area_name", "strand", "first_period", "last_period")) {
            for (RegisterRow r : AreaTables.REGISTER) {
                p.printRecord(r.areaCode(), r.areaName(), r.strand(), r.first(), r.last() == null ? "" : r.last());
            }
        }
    }

    static void writeLedger(Path file, List<String[]> rows) throws IOException {
        try (CSVPrinter p = csv(file, "area_code", "department", "period", "amount", "reference")) {
            for (String[] r : rows) {
                p.printRecord((Object[]) r);
            }
        }
    }

    static void writeOutcomes(Path file, List<Doc> docs) throws IOException {
        try (CSVPrinter p = csv(file, "file", "area_code", "period", "status", "rules", "cells", "supersedes",
                "note")) {
            for (Doc d : docs) {
                p.printRecord(d.relativePath(), d.areaCode, d.period, d.status, String.join(";", d.rules),
                        String.join(";", d.cells), d.supersedes, d.note);
            }
        }
    }

    static final String[] FIGURES_HEADER = {"area_code", "area_name", "period", "status", "families_identified",
            "families_started", "families_helped", "families_outcomes", "pooled_committed", "pooled_received",
            "pooled_spent", "aligned_committed", "central_received", "local_received"};

    /** The figures each area's counting return gives, as the standard's {@code figures-<period>.csv} lists them. */
    static List<String> figures(Plan plan, String areaCode, Period p) {
        String name = AreaTables.rowFor(areaCode, p).orElseThrow().areaName();
        Optional<Doc> counting = plan.counting(areaCode, p);
        if (counting.isEmpty()) {
            String status = plan.received(areaCode, p) ? REJECTED : "MISSING";
            List<String> out = new ArrayList<>(List.of(areaCode, name, p.toString(), status));
            while (out.size() < FIGURES_HEADER.length) {
                out.add("");
            }
            return out;
        }
        Doc d = counting.get();
        return List.of(areaCode, name, p.toString(), d.status, String.valueOf(d.identified),
                String.valueOf(d.started), String.valueOf(d.helped), String.valueOf(d.outcomes),
                money(d.sum(l -> l.arrangement.equals(CodeList.POOLED), l -> l.committed)),
                money(d.sum(l -> l.arrangement.equals(CodeList.POOLED), l -> l.received)),
                money(d.sum(l -> l.arrangement.equals(CodeList.POOLED), l -> l.spent)),
                money(d.sum(l -> l.arrangement.equals(CodeList.ALIGNED), l -> l.committed)),
                money(d.sum(l -> l.source.equals(CodeList.CENTRAL), l -> l.received)),
                money(d.sum(l -> l.source.equals(CodeList.LOCAL), l -> l.received)));
    }

    static String money(long pence) {
        return pounds(pence).toPlainString();
    }

    static void writeFigures(Path file, Plan plan, Period p) throws IOException {
        try (CSVPrinter out = csv(file, FIGURES_HEADER)) {
            for (AreaInfo a : AreaTables.AREAS.values()) {
                if (AreaTables.rowFor(a.code(), p).isPresent()) {
                    out.printRecord(figures(plan, a.code(), p));
                }
            }
        }
    }
}
