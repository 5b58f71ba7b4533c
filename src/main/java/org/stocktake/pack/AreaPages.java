package org.stocktake.pack;

import static org.stocktake.pack.Rows.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.stocktake.period.AreaReport;
import org.stocktake.period.MoneyTotals;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Money;
import org.stocktake.validation.FundingLine;

/** The pack's section of each area: status, figures against the previous period, budget lines, warnings, findings. */
final class AreaPages {

    private final PeriodReport report;
    private final PackContent content;

    AreaPages(PeriodReport report, PackContent content) {
        this.report = report;
        this.content = content;
    }

    List<Map<String, ?>> pages() {
        List<Map<String, ?>> pages = new ArrayList<>();
        for (AreaReport a : report.areas()) {
            pages.add(row("heading", a.areaName() + " (" + a.areaCode() + ")", "status", a.status().name(),
                    "statusText", a.status().label(), "summary", summary(a), "compare", compare(a), "lines", lines(a),
                    "warnings", warnings(a), "findings", content.findings(f -> f.areaCode().equals(a.areaCode()), false),
                    "rejections", rejections(a)));
        }
        return pages;
    }

    private String summary(AreaReport a) {
        String prev = report.period().previous().toString();
        String previous = a.previous() == null ? "No accepted return for " + prev + " to compare with."
                : "Compared with the accepted return for " + prev + ".";
        return switch (a.status()) {
            case MISSING -> "No return received for " + report.period() + ". " + previous;
            case REJECTED -> "Returns received for " + report.period() + ", none accepted. " + previous;
            default -> "The return that counts is submission " + a.countingReturn().submissionId() + ". " + previous;
        };
    }

    private static List<Map<String, ?>> compare(AreaReport area) {
        ReturnFigures a = area.figures();
        ReturnFigures b = area.previousFigures();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(countRow("Families identified", a, b, ReturnFigures::familiesIdentified));
        rows.add(countRow("Families started this quarter", a, b, ReturnFigures::familiesStarted));
        rows.add(countRow("Families helped to date", a, b, ReturnFigures::familiesHelped));
        rows.add(countRow("Families with outcomes to date", a, b, ReturnFigures::familiesOutcomes));
        rows.add(row("c1", "Share of identified families helped", "c2", a == null ? "" : Fmt.shareHelped(a),
                "c3", b == null ? "" : Fmt.shareHelped(b), "c4", "", "bold", false));
        rows.add(moneyRow("Pooled committed", a, b, ReturnFigures::pooledCommitted));
        rows.add(moneyRow("Pooled received", a, b, ReturnFigures::pooledReceived));
        rows.add(moneyRow("Pooled spent", a, b, ReturnFigures::pooledSpent));
        rows.add(moneyRow("Aligned committed", a, b, ReturnFigures::alignedCommitted));
        rows.add(moneyRow("Received from central partners", a, b, ReturnFigures::centralReceived));
        rows.add(moneyRow("Received from local partners", a, b, ReturnFigures::localReceived));
        return rows;
    }

    private static Map<String, ?> countRow(String label, ReturnFigures a, ReturnFigures b,
            Function<ReturnFigures, Long> figure) {
        Long now = a == null ? null : figure.apply(a);
        Long before = b == null ? null : figure.apply(b);
        return row("c1", label, "c2", Fmt.count(now), "c3", Fmt.count(before), "c4", Fmt.change(now, before),
                "bold", false);
    }

    private static Map<String, ?> moneyRow(String label, ReturnFigures a, ReturnFigures b,
            Function<ReturnFigures, BigDecimal> figure) {
        BigDecimal now = a == null ? null : figure.apply(a);
        BigDecimal before = b == null ? null : figure.apply(b);
        return row("c1", label, "c2", now == null ? "" : Money.pounds(now), "c3",
                before == null ? "" : Money.pounds(before), "c4", Fmt.change(now, before), "bold", false);
    }

    /** The budget lines of the return that counts, partner by partner, and their total. */
    private static List<Map<String, ?>> lines(AreaReport a) {
        if (!a.counts() || a.countingReturn().lines().isEmpty()) {
            return List.of();
        }
        List<FundingLine> lines = a.countingReturn().lines().stream()
                .sorted(Comparator.comparing(FundingLine::partner)).toList();
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FundingLine l : lines) {
            rows.add(row("partner", l.partner(), "stream", l.fundingStream(), "source", l.source(), "arrangement",
                    l.arrangement(), "committed", Money.pounds(l.committed()), "received", Money.pounds(l.received()),
                    "spent", Money.pounds(l.spent()), "bold", false));
        }
        MoneyTotals total = MoneyTotals.of(lines);
        rows.add(row("partner", "Total", "stream", "", "source", "", "arrangement", "", "committed",
                Money.pounds(total.committed()), "received", Money.pounds(total.received()), "spent",
                Money.pounds(total.spent()), "bold", true));
        return rows;
    }

    private static List<Map<String, ?>> warnings(AreaReport a) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Issue w : a.warnings()) {
            String explained = w.explained() ? "Explanation: " + w.explanation() : "Not explained.";
            rows.add(row("c1", w.rule().id(), "c2", w.location(), "c3", w.message() + "\n" + explained, "tone", "W"));
        }
        return rows;
    }

    private static List<Map<String, ?>> rejections(AreaReport a) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String[] r : PackContent.rejections(a)) {
            rows.add(row("c1", r[0], "c2", r[1], "c3", r[2], "tone", "E"));
        }
        return rows;
    }
}
