package org.stocktake.pack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stocktake.pack.PackModel.AreaRow;
import org.stocktake.pack.PackModel.AreaSection;
import org.stocktake.pack.PackModel.Bar;
import org.stocktake.pack.PackModel.Chart;
import org.stocktake.pack.PackModel.CompareRow;
import org.stocktake.pack.PackModel.Headline;
import org.stocktake.pack.PackModel.LineRow;
import org.stocktake.pack.PackModel.MoneyRow;
import org.stocktake.pack.PackModel.NoteRow;
import org.stocktake.pack.PackModel.NoteTable;
import org.stocktake.standard.Severity;

/**
 * The {@link PackModel} as the report templates ({@code report-templates/*.jrxml}) take it: parameters and rows
 * that are maps of field name to value. Nothing is formatted or computed here.
 */
final class JasperRows {

    private JasperRows() {
    }

    static Map<String, Object> headline(Headline h) {
        Map<String, Object> p = new HashMap<>();
        p.put("EXPECTED", h.expected());
        p.put("ACCEPTED", h.accepted());
        p.put("WITH_WARNINGS", h.withWarnings());
        p.put("REJECTED", h.rejected());
        p.put("MISSING", h.missing());
        p.put("IDENTIFIED", h.identified());
        p.put("HELPED", h.helped());
        p.put("OUTCOMES", h.outcomes());
        p.put("SHARE_HELPED", h.shareHelped());
        p.put("BY_ARRANGEMENT", h.byArrangement().stream().map(JasperRows::money).toList());
        p.put("BY_SOURCE", h.bySource().stream().map(JasperRows::money).toList());
        return p;
    }

    static List<Map<String, ?>> areas(List<AreaRow> areas) {
        return areas.stream().<Map<String, ?>>map(a -> row("code", a.code(), "name", a.name(), "status",
                a.status().name(), "statusText", a.status().label(), "identified", a.identified(), "helped",
                a.helped(), "outcomes", a.outcomes(), "share", a.share(), "change", a.change())).toList();
    }

    /** The funding and history charts, with their captions. */
    static Map<String, Object> charts(Chart funding, Chart history) {
        Map<String, Object> p = new HashMap<>();
        p.put("FUNDING", bars(funding));
        p.put("FUNDING_CAPTION", funding.textEquivalent());
        p.put("HISTORY", bars(history));
        p.put("HISTORY_CAPTION", history.textEquivalent());
        return p;
    }

    static List<Map<String, ?>> shareCharts(List<Chart> charts) {
        return charts.stream().<Map<String, ?>>map(c -> row("title", c.title(), "bars", bars(c), "max", c.max(),
                "caption", c.textEquivalent())).toList();
    }

    static List<Map<String, ?>> areaPages(List<AreaSection> sections) {
        return sections.stream().<Map<String, ?>>map(s -> row("heading", s.heading(), "status", s.status().name(),
                "statusText", s.status().label(), "summary", s.summary(),
                "compare", s.compare().stream().map(JasperRows::compare).toList(),
                "lines", s.lines().stream().map(JasperRows::line).toList(), "warnings", notes(s.warnings().rows()),
                "findings", notes(s.findings().rows()), "rejections", notes(s.rejections().rows()))).toList();
    }

    static List<Map<String, ?>> exceptions(List<NoteTable> tables) {
        return tables.stream().<Map<String, ?>>map(t -> row("title", t.title(), "h1", t.firstHeading(), "h2",
                t.secondHeading(), "h3", t.textHeading(), "rows", notes(t.rows()))).toList();
    }

    private static Map<String, ?> money(MoneyRow m) {
        return row("c1", m.label(), "c2", m.committed(), "c3", m.received(), "c4", m.spent(), "bold", m.total());
    }

    private static Map<String, ?> compare(CompareRow c) {
        return row("c1", c.measure(), "c2", c.thisPeriod(), "c3", c.previousPeriod(), "c4", c.change(), "bold", false);
    }

    private static Map<String, ?> line(LineRow l) {
        return row("partner", l.partner(), "stream", l.stream(), "source", l.source(), "arrangement", l.arrangement(),
                "committed", l.committed(), "received", l.received(), "spent", l.spent(), "bold", l.total());
    }

    private static List<Map<String, ?>> notes(List<NoteRow> rows) {
        return rows.stream().<Map<String, ?>>map(r -> row("c1", r.first(), "c2", r.second(), "c3", r.text(), "tone",
                r.severity() == Severity.ERROR ? "E" : "W")).toList();
    }

    private static List<Map<String, ?>> bars(Chart chart) {
        return chart.bars().stream().<Map<String, ?>>map(b -> row("category", b.category(), "series", b.series(),
                "value", b.value())).toList();
    }

    private static Map<String, ?> row(Object... keyValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
