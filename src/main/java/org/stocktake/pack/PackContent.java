package org.stocktake.pack;

import org.stocktake.standard.CodeList;
import static org.stocktake.pack.Rows.row;
import static org.stocktake.pack.Rows.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.stocktake.period.AreaReport;
import org.stocktake.period.AreaStatus;
import org.stocktake.period.Headline;
import org.stocktake.period.MoneyTotals;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.Rejection;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Money;
import org.stocktake.standard.Severity;

/**
 * Turns a {@link PeriodReport} into the parameters and rows of the headline, all-areas and exceptions templates;
 * all text is formatted here, every figure comes from the report. Area pages: {@link AreaPages}; charts:
 * {@link PackCharts}.
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

    Map<String, Object> headline() {
        Headline h = report.headline();
        Map<String, Object> p = new HashMap<>();
        p.put("EXPECTED", Fmt.count((long) h.expected()));
        p.put("ACCEPTED", Fmt.count((long) h.counting()));
        p.put("WITH_WARNINGS", Fmt.count((long) h.acceptedWithWarnings()));
        p.put("REJECTED", Fmt.count((long) h.rejected()));
        p.put("MISSING", Fmt.count((long) h.missing()));
        p.put("IDENTIFIED", Fmt.count(h.familiesIdentified()));
        p.put("HELPED", Fmt.count(h.familiesHelped()));
        p.put("OUTCOMES", Fmt.count(h.familiesOutcomes()));
        p.put("SHARE_HELPED", Fmt.share(h.familiesHelped(), h.familiesIdentified()));
        p.put("BY_ARRANGEMENT", moneyTable(new ArrayList<>(h.byArrangement().keySet()), h.byArrangement(), h.total()));
        p.put("BY_SOURCE", moneyTable(SOURCES, h.bySource(), h.total()));
        return p;
    }

    private static List<Map<String, ?>> moneyTable(List<String> keys, Map<String, MoneyTotals> totals,
            MoneyTotals total) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(moneyRow(key, totals.get(key), false));
        }
        rows.add(moneyRow("Total", total, true));
        return rows;
    }

    static Map<String, ?> moneyRow(String label, MoneyTotals t, boolean bold) {
        return row("c1", label, "c2", Money.pounds(t.committed()), "c3", Money.pounds(t.received()), "c4",
                Money.pounds(t.spent()), "bold", bold);
    }

    List<Map<String, ?>> areasTable() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (AreaReport a : report.areas()) {
            ReturnFigures f = a.figures();
            ReturnFigures before = a.previousFigures();
            rows.add(row("code", a.areaCode(), "name", a.areaName(), "status", a.status().name(),
                    "statusText", a.status().label(), "identified", Fmt.count(f == null ? null : f.familiesIdentified()),
                    "helped", Fmt.count(f == null ? null : f.familiesHelped()),
                    "outcomes", Fmt.count(f == null ? null : f.familiesOutcomes()),
                    "share", f == null ? "" : Fmt.shareHelped(f),
                    "change", f == null ? "" : before == null ? "no previous"
                            : Fmt.change(f.familiesHelped(), before.familiesHelped())));
        }
        return rows;
    }

    /** Finding rows: the area (with its name) or the severity in the first column. */
    List<Map<String, ?>> findings(Predicate<Finding> which, boolean withArea) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (which.test(f)) {
                String tone = f.severity() == Severity.ERROR ? "E" : "W";
                String c1 = withArea ? areaLabel(f.areaCode()) : f.severity() == Severity.ERROR ? "Error" : "Warning";
                rows.add(row("c1", c1, "c2", f.rule().id(), "c3", f.message(), "tone", tone));
            }
        }
        return rows;
    }

    private String areaLabel(String code) {
        String name = names.get(code);
        return name == null ? code : name + "\n" + code;
    }

    /** One row per error of each rejected file: its name, the rule (or its status when none is recorded), why. */
    static List<String[]> rejections(AreaReport a) {
        List<String[]> rows = new ArrayList<>();
        for (Rejection r : a.rejections()) {
            if (r.errors().isEmpty()) {
                rows.add(new String[] {r.fileName(), r.status().name(), "(no reason recorded)"});
            }
            for (Issue e : r.errors()) {
                rows.add(new String[] {r.fileName(), e.rule().id(), e.message()});
            }
        }
        return rows;
    }

    List<Map<String, ?>> exceptions() {
        List<Map<String, ?>> sections = new ArrayList<>();
        sections.add(section("Findings: errors", "Area", "Rule", "Message",
                findings(f -> f.severity() == Severity.ERROR, true)));
        sections.add(section("Findings: warnings", "Area", "Rule", "Message",
                findings(f -> f.severity() == Severity.WARNING, true)));
        List<Map<String, ?>> missing = new ArrayList<>();
        for (AreaReport a : report.areas(AreaStatus.MISSING)) {
            missing.add(row("c1", areaLabel(a.areaCode()), "c2", "Missing", "c3",
                    "No return received for " + report.period() + ".", "tone", "E"));
        }
        List<Map<String, ?>> rejected = new ArrayList<>();
        for (AreaReport a : report.areas(AreaStatus.REJECTED)) {
            for (String[] r : rejections(a)) {
                rejected.add(row("c1", areaLabel(a.areaCode()), "c2", r[0] + "\n" + r[1], "c3", r[2], "tone", "E"));
            }
        }
        sections.add(section("Missing returns", "Area", "Status", "Reason", missing));
        sections.add(section("Rejected returns", "Area", "File and rule", "Reason", rejected));
        return sections;
    }
}
