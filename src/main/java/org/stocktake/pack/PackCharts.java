package org.stocktake.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stocktake.pack.PackModel.Bar;
import org.stocktake.pack.PackModel.Chart;
import org.stocktake.period.AreaReport;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Money;
import org.stocktake.validation.FundingLine;

/** The charts of the pack and their text equivalents (a chart renders as shapes a screen reader cannot read). */
final class PackCharts {

    static final int BARS_PER_CHART = 40;
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final PeriodReport report;

    PackCharts(PeriodReport report) {
        this.report = report;
    }

    /** Committed this year by partner (in the order of the code list) and arrangement. */
    Chart funding() {
        Map<String, Map<String, BigDecimal>> byPartner = new LinkedHashMap<>();
        List<FundingLine> lines = report.countingLines();
        for (String partner : CodeList.PARTNERS) {
            for (FundingLine l : lines) {
                if (partner.equals(l.partner())) {
                    byPartner.computeIfAbsent(partner, k -> new LinkedHashMap<>()).merge(l.arrangement(),
                            l.committed(), BigDecimal::add);
                }
            }
        }
        List<Bar> bars = new ArrayList<>();
        StringBuilder caption = new StringBuilder("Text equivalent: committed this year by partner and arrangement");
        String sep = ": ";
        for (var e : byPartner.entrySet()) {
            caption.append(sep).append(e.getKey()).append(" —");
            String inner = " ";
            for (String arrangement : CodeList.ARRANGEMENTS) {
                BigDecimal v = e.getValue().getOrDefault(arrangement, ZERO);
                bars.add(new Bar(e.getKey(), arrangement, v));
                if (v.signum() != 0) {
                    caption.append(inner).append(arrangement).append(' ').append(Money.pounds(v));
                    inner = ", ";
                }
            }
            sep = "; ";
        }
        return new Chart("Funding committed this year by partner and arrangement",
                byPartner.isEmpty() ? "No budget lines in the returns that count." : caption + ".", bars, null);
    }

    /** Families helped to date over the register's areas, period by period. */
    Chart history() {
        List<Bar> bars = new ArrayList<>();
        StringBuilder caption = new StringBuilder("Text equivalent: families helped to date");
        String sep = ": ";
        for (var e : report.helpedToDate().entrySet()) {
            bars.add(new Bar(e.getKey().toString(), "Families helped", e.getValue()));
            caption.append(sep).append(e.getKey()).append(' ').append(Fmt.count(e.getValue()));
            sep = "; ";
        }
        return new Chart("Families helped to date, all areas, by period", caption + ".", bars, null);
    }

    /** The share of identified families helped, area by area, in charts of {@value #BARS_PER_CHART} bars. */
    List<Chart> shareCharts() {
        List<AreaReport> counting = report.countingAreas();
        List<Chart> charts = new ArrayList<>();
        // One scale for every chunk, so that bars on different pages compare; a tenth more than the longest bar,
        // so that bar does not run into the end of the axis.
        BigDecimal largest = counting.stream().map(a -> share(a.figures())).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        BigDecimal max = largest.multiply(new BigDecimal("1.1"));
        for (int from = 0; from < counting.size(); from += BARS_PER_CHART) {
            List<AreaReport> chunk = counting.subList(from, Math.min(counting.size(), from + BARS_PER_CHART));
            List<Bar> bars = new ArrayList<>();
            StringBuilder caption = new StringBuilder("Text equivalent (share of identified families helped): ");
            String sep = "";
            for (AreaReport a : chunk) {
                bars.add(new Bar(a.areaName(), "Share helped", share(a.figures())));
                caption.append(sep).append(a.areaName()).append(' ').append(Fmt.shareHelped(a.figures()));
                sep = "; ";
            }
            String title = "Share of families helped by area"
                    + (counting.size() > BARS_PER_CHART ? " (" + (from + 1) + "–" + (from + chunk.size()) + " of "
                    + counting.size() + ")" : "");
            charts.add(new Chart(title, caption + ". Areas without an accepted return are not shown.", bars, max));
        }
        return charts;
    }

    private static BigDecimal share(ReturnFigures f) {
        return Fmt.percentValue(f.familiesHelped(), f.familiesIdentified());
    }
}
