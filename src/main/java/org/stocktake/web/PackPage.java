package org.stocktake.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.stocktake.pack.PackModel;
import org.stocktake.pack.PackModel.Bar;
import org.stocktake.pack.PackModel.Chart;
import org.stocktake.standard.Money;
import org.stocktake.web.Govuk.Cell;

/**
 * The charts of the HTML pack ({@code GET /periods/{period}/pack}) as SVG bar charts: each an image with its title and,
 * as its description, the pack's text equivalent, with its figures in a table beside it. Horizontal bars, one per
 * row, each labelled with its category (and series) and its value, so nothing is told by colour alone.
 */
final class PackPage {

    static final int WIDTH = 800;
    static final int LABEL_WIDTH = 290;
    static final int VALUE_WIDTH = 140;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;

    /** A bar as drawn: its label, its value as text, its row and its length. */
    record SvgBar(String label, String value, int y, int length) {

        public int textY() {
            return y + BAR_HEIGHT - 4;
        }

        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    /** A chart as drawn, with the table of its figures. */
    record SvgChart(String id, String title, String description, int height, List<SvgBar> bars, List<Cell> head,
            List<List<Cell>> rows) {

        public int width() {
            return WIDTH;
        }

        public int labelX() {
            return LABEL_WIDTH - 8;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }

    private PackPage() {
    }

    /** The pack's charts in the PDF's order: funding by partner, families helped by period, share helped by area. */
    static List<SvgChart> charts(PackModel pack) {
        List<SvgChart> charts = new ArrayList<>();
        charts.add(chart("chart-funding", pack.funding(), b -> b.category() + ", " + b.series(),
                b -> Money.pounds((BigDecimal) b.value()), List.of("Partner", "Arrangement", "Committed this year"),
                b -> List.of(Cell.text(b.category()), Cell.text(b.series()),
                        Cell.number(Money.pounds((BigDecimal) b.value())))));
        charts.add(chart("chart-history", pack.history(), Bar::category, b -> count(b.value()),
                List.of("Period", "Families helped to date"),
                b -> List.of(Cell.text(b.category()), Cell.number(count(b.value())))));
        int n = 1;
        for (Chart share : pack.shares()) {
            charts.add(chart("chart-share-" + n++, share, Bar::category, b -> percent(b.value()),
                    List.of("Area", "Share of identified families helped"),
                    b -> List.of(Cell.text(b.category()), Cell.number(percent(b.value())))));
        }
        return charts;
    }

    private static SvgChart chart(String id, Chart chart, Function<Bar, String> label, Function<Bar, String> value,
            List<String> head, Function<Bar, List<Cell>> row) {
        BigDecimal max = chart.max() != null ? chart.max() : chart.bars().stream().map(b -> decimal(b.value()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<SvgBar> bars = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        int y = 4;
        for (Bar b : chart.bars()) {
            int length = decimal(b.value()).multiply(BigDecimal.valueOf(room)).divide(max, 0, RoundingMode.HALF_UP)
                    .max(BigDecimal.ZERO).intValue();
            bars.add(new SvgBar(label.apply(b), value.apply(b), y, Math.min(length, room)));
            rows.add(row.apply(b));
            y += ROW_HEIGHT;
        }
        List<Cell> headCells = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            headCells.add(i == head.size() - 1 ? Cell.number(head.get(i)) : Cell.text(head.get(i)));
        }
        return new SvgChart(id, chart.title(), chart.textEquivalent(), Math.max(y + 4, 40), bars, headCells, rows);
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
    }

    private static String count(Number n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n.longValue());
    }

    private static String percent(Number n) {
        return decimal(n).toPlainString() + "%";
    }
}
