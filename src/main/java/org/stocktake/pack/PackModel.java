package org.stocktake.pack;

import java.math.BigDecimal;
import java.util.List;

import org.stocktake.period.AreaStatus;
import org.stocktake.period.PeriodReport;
import org.stocktake.standard.Period;
import org.stocktake.standard.Severity;

/**
 * What the stocktake pack of a period says, as text ready to show: the headline, the all-areas table, the charts
 * with their text equivalents, a section per area and the exceptions. Both editions read it: the PDF (through
 * {@link JasperRows}, for JasperReports) and the portal's accessible HTML page, so they cannot say different things.
 * Every figure comes from the {@link PeriodReport}; all formatting is done once, here ({@link PackContent},
 * {@link AreaPages}, {@link PackCharts}).
 *
 * @param areasExpected the areas the register expects in the period
 * @param areas         one row per area the register expects, in area-code order
 * @param funding       committed this year by partner (category) and arrangement (series)
 * @param history       families helped to date, over the register's areas, period by period
 * @param shares        the share of identified families helped, by area, in charts of at most 40 bars
 * @param exceptions    findings (errors, warnings), missing and rejected returns
 */
public record PackModel(Period period, int areasExpected, Headline headline, List<AreaRow> areas, Chart funding,
        Chart history, List<Chart> shares, List<AreaSection> areaSections, List<NoteTable> exceptions) {

    public PackModel {
        areas = List.copyOf(areas);
        shares = List.copyOf(shares);
        areaSections = List.copyOf(areaSections);
        exceptions = List.copyOf(exceptions);
    }

    /** The pack of the period the report describes. */
    public static PackModel of(PeriodReport report) {
        PackContent content = new PackContent(report);
        PackCharts charts = new PackCharts(report);
        return new PackModel(report.period(), report.areas().size(), content.headline(), content.areasTable(),
                charts.funding(), charts.history(), charts.shareCharts(), new AreaPages(report, content).pages(),
                content.exceptions());
    }

    /** Returns expected and where they stand, families, and money by arrangement and by source (each with a total). */
    public record Headline(String expected, String accepted, String withWarnings, String rejected, String missing,
            String identified, String helped, String outcomes, String shareHelped, List<MoneyRow> byArrangement,
            List<MoneyRow> bySource) {

        public Headline {
            byArrangement = List.copyOf(byArrangement);
            bySource = List.copyOf(bySource);
        }
    }

    /** Money committed this year, received and spent to date; {@code total} for the row that adds up the others. */
    public record MoneyRow(String label, String committed, String received, String spent, boolean total) {
    }

    /** An area of the all-areas table; the figures are blank when no return counts. */
    public record AreaRow(String code, String name, AreaStatus status, String identified, String helped,
            String outcomes, String share, String change) {
    }

    /**
     * A row of a three-column table of the pack (warnings, findings, rejections, exceptions): two short columns (such
     * as the area or severity, and the rule) and the message; {@code severity} sets its tone.
     */
    public record NoteRow(String first, String second, String text, Severity severity) {
    }

    /** A titled table of {@link NoteRow}s with its three column headings. */
    public record NoteTable(String title, String firstHeading, String secondHeading, String textHeading,
            List<NoteRow> rows) {

        public NoteTable {
            rows = List.copyOf(rows);
        }
    }

    /** A measure of an area this period and the previous one, and the change. */
    public record CompareRow(String measure, String thisPeriod, String previousPeriod, String change) {
    }

    /** A budget line of the return that counts; {@code total} for the row that adds them up. */
    public record LineRow(String partner, String stream, String source, String arrangement, String committed,
            String received, String spent, boolean total) {
    }

    /**
     * The section of one area: its status, figures against the previous period, budget lines, and the tables of its
     * warnings (with the officer's explanations), its findings and, when none counts, why its returns were rejected.
     */
    public record AreaSection(String areaCode, String heading, AreaStatus status, String summary,
            List<CompareRow> compare, List<LineRow> lines, NoteTable warnings, NoteTable findings,
            NoteTable rejections) {

        public AreaSection {
            compare = List.copyOf(compare);
            lines = List.copyOf(lines);
        }

        /** Its warnings, findings and rejections, in that order. */
        public List<NoteTable> notes() {
            return List.of(warnings, findings, rejections);
        }
    }

    /** A bar: its category, its series (one colour) and its value (money in pounds, a count, or a percentage). */
    public record Bar(String category, String series, Number value) {
    }

    /**
     * A bar chart and its text equivalent, which says every figure of it (a chart is shapes a screen reader cannot
     * read).
     *
     * @param max the end of the value axis, shared by charts split over pages; null to fit the bars
     */
    public record Chart(String title, String textEquivalent, List<Bar> bars, BigDecimal max) {

        public Chart {
            bars = List.copyOf(bars);
        }
    }
}
