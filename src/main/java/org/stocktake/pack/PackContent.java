package org.stocktake.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.stocktake.pack.PackModel.AreaRow;
import org.stocktake.pack.PackModel.MoneyRow;
import org.stocktake.pack.PackModel.NoteRow;
import org.stocktake.pack.PackModel.NoteTable;
import org.stocktake.period.AreaReport;
import org.stocktake.period.AreaStatus;
import org.stocktake.period.Headline;
import org.stocktake.period.MoneyTotals;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.Rejection;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Money;
import org.stocktake.standard.Severity;

/**
 * The headline, the all-areas table and the exceptions of the pack, from a {@link PeriodReport}: all text is
 * formatted here, every figure comes from the report. Area sections: {@link AreaPages}; charts: {@link PackCharts}.
 */
final class PackContent {

    /** The headline's money by source, in the order the steering group reads it. */
    private static final List<String> SOURCES = List.of(CodeList.CENTRAL, CodeList.LOCAL);

    private final PeriodReport report;
    private final Map<String, String> names = new HashMap<>();

    PackContent(PeriodReport report) {
        this.report = report;
        report.areas().forEach(a -> names.put(a.areaCode(), a.areaName()));
    }

    PackModel.Headline headline() {
        Headline h = report.headline();
        return new PackModel.Headline(Fmt.count((long) h.expected()), Fmt.count((long) h.counting()),
                Fmt.count((long) h.acceptedWithWarnings()), Fmt.count((long) h.rejected()),
                Fmt.count((long) h.missing()), Fmt.count(h.familiesIdentified()), Fmt.count(h.familiesHelped()),
                Fmt.count(h.familiesOutcomes()), Fmt.share(h.familiesHelped(), h.familiesIdentified()),
                moneyTable(new ArrayList<>(h.byArrangement().keySet()), h.byArrangement(), h.total()),
                moneyTable(SOURCES, h.bySource(), h.total()));
    }

    private static List<MoneyRow> moneyTable(List<String> keys, Map<String, MoneyTotals> totals, MoneyTotals total) {
        List<MoneyRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(moneyRow(key, totals.get(key), false));
        }
        rows.add(moneyRow("Total", total, true));
        return rows;
    }

    private static MoneyRow moneyRow(String label, MoneyTotals t, boolean total) {
        return new MoneyRow(label, Money.pounds(t.committed()), Money.pounds(t.received()), Money.pounds(t.spent()),
                total);
    }

    List<AreaRow> areasTable() {
        List<AreaRow> rows = new ArrayList<>();
        for (AreaReport a : report.areas()) {
            ReturnFigures f = a.figures();
            ReturnFigures before = a.previousFigures();
            rows.add(new AreaRow(a.areaCode(), a.areaName(), a.status(),
                    Fmt.count(f == null ? null : f.familiesIdentified()),
                    Fmt.count(f == null ? null : f.familiesHelped()),
                    Fmt.count(f == null ? null : f.familiesOutcomes()),
                    f == null ? "" : Fmt.shareHelped(f),
                    f == null ? "" : before == null ? "no previous"
                            : Fmt.change(f.familiesHelped(), before.familiesHelped())));
        }
        return rows;
    }

    /** Finding rows: the area (with its name) or the severity in the first column. */
    List<NoteRow> findings(Predicate<Finding> which, boolean withArea) {
        List<NoteRow> rows = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (which.test(f)) {
                Severity tone = f.severity() == Severity.ERROR ? Severity.ERROR : Severity.WARNING;
                String first = withArea ? areaLabel(f.areaCode())
                        : f.severity() == Severity.ERROR ? "Error" : "Warning";
                rows.add(new NoteRow(first, f.rule().id(), f.message(), tone));
            }
        }
        return rows;
    }

    private String areaLabel(String code) {
        String name = names.get(code);
        return name == null ? code : name + "\n" + code;
    }

    /** One row per error of each rejected file: its name, the rule (or its status when none is recorded), why. */
    static List<NoteRow> rejections(AreaReport a) {
        List<NoteRow> rows = new ArrayList<>();
        for (Rejection r : a.rejections()) {
            if (r.errors().isEmpty()) {
                rows.add(new NoteRow(r.fileName(), r.status().name(), "(no reason recorded)", Severity.ERROR));
            }
            for (Issue e : r.errors()) {
                rows.add(new NoteRow(r.fileName(), e.rule().id(), e.message(), Severity.ERROR));
            }
        }
        return rows;
    }

    List<NoteTable> exceptions() {
        List<NoteTable> sections = new ArrayList<>();
        sections.add(new NoteTable("Findings: errors", "Area", "Rule", "Message",
                findings(f -> f.severity() == Severity.ERROR, true)));
        sections.add(new NoteTable("Findings: warnings", "Area", "Rule", "Message",
                findings(f -> f.severity() == Severity.WARNING, true)));
        List<NoteRow> missing = new ArrayList<>();
        for (AreaReport a : report.areas(AreaStatus.MISSING)) {
            missing.add(new NoteRow(areaLabel(a.areaCode()), "Missing", "No return received for " + report.period()
                    + ".", Severity.ERROR));
        }
        List<NoteRow> rejected = new ArrayList<>();
        for (AreaReport a : report.areas(AreaStatus.REJECTED)) {
            for (NoteRow r : rejections(a)) {
                rejected.add(new NoteRow(areaLabel(a.areaCode()), r.first() + "\n" + r.second(), r.text(),
                        Severity.ERROR));
            }
        }
        sections.add(new NoteTable("Missing returns", "Area", "Status", "Reason", missing));
        sections.add(new NoteTable("Rejected returns", "Area", "File and rule", "Reason", rejected));
        return sections;
    }
}
