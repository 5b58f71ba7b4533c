package org.stocktake.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.stocktake.pack.PackModel.AreaSection;
import org.stocktake.pack.PackModel.CompareRow;
import org.stocktake.pack.PackModel.LineRow;
import org.stocktake.pack.PackModel.NoteRow;
import org.stocktake.pack.PackModel.NoteTable;
import org.stocktake.period.AreaReport;
import org.stocktake.period.MoneyTotals;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Money;
import org.stocktake.standard.Severity;
import org.stocktake.validation.FundingLine;

/** The pack's section of each area: status, figures against the previous period, budget lines, warnings, findings. */
final class AreaPages {

    private final PeriodReport report;
    private final PackContent content;

    AreaPages(PeriodReport report, PackContent content) {
        this.report = report;
        this.content = content;
    }

    List<AreaSection> pages() {
        List<AreaSection> pages = new ArrayList<>();
        for (AreaReport a : report.areas()) {
            pages.add(new AreaSection(a.areaCode(), a.label(), a.status(), summary(a),
                    compare(a), lines(a),
                    new NoteTable("Warnings and their explanations", "Rule", "Where", "Message and explanation",
                            warnings(a)),
                    new NoteTable("Reconciliation findings", "Severity", "Rule", "Message",
                            content.findings(f -> f.areaCode().equals(a.areaCode()), false)),
                    new NoteTable("Why the return was rejected", "File", "Rule", "Message",
                            PackContent.rejections(a))));
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

    private static List<CompareRow> compare(AreaReport area) {
        ReturnFigures a = area.figures();
        ReturnFigures b = area.previousFigures();
        List<CompareRow> rows = new ArrayList<>();
        rows.add(countRow("Families identified", a, b, ReturnFigures::familiesIdentified));
        rows.add(countRow("Families started this quarter", a, b, ReturnFigures::familiesStarted));
        rows.add(countRow("Families helped to date", a, b, ReturnFigures::familiesHelped));
        rows.add(countRow("Families with outcomes to date", a, b, ReturnFigures::familiesOutcomes));
        rows.add(new CompareRow("Share of identified families helped", a == null ? "" : Fmt.shareHelped(a),
                b == null ? "" : Fmt.shareHelped(b), ""));
        rows.add(moneyRow("Pooled committed", a, b, ReturnFigures::pooledCommitted));
        rows.add(moneyRow("Pooled received", a, b, ReturnFigures::pooledReceived));
        rows.add(moneyRow("Pooled spent", a, b, ReturnFigures::pooledSpent));
        rows.add(moneyRow("Aligned committed", a, b, ReturnFigures::alignedCommitted));
        rows.add(moneyRow("Received from central partners", a, b, ReturnFigures::centralReceived));
        rows.add(moneyRow("Received from local partners", a, b, ReturnFigures::localReceived));
        return rows;
    }

    private static CompareRow countRow(String label, ReturnFigures a, ReturnFigures b,
            Function<ReturnFigures, Long> figure) {
        Long now = a == null ? null : figure.apply(a);
        Long before = b == null ? null : figure.apply(b);
        return new CompareRow(label, Fmt.count(now), Fmt.count(before), Fmt.change(now, before));
    }

    private static CompareRow moneyRow(String label, ReturnFigures a, ReturnFigures b,
            Function<ReturnFigures, BigDecimal> figure) {
        BigDecimal now = a == null ? null : figure.apply(a);
        BigDecimal before = b == null ? null : figure.apply(b);
        return new CompareRow(label, now == null ? "" : Money.pounds(now), before == null ? "" : Money.pounds(before),
                Fmt.change(now, before));
    }

    /** The budget lines of the return that counts, partner by partner, and their total. */
    private static List<LineRow> lines(AreaReport a) {
        if (!a.counts() || a.countingReturn().lines().isEmpty()) {
            return List.of();
        }
        List<FundingLine> lines = a.countingReturn().lines().stream()
                .sorted(Comparator.comparing(FundingLine::partner)).toList();
        List<LineRow> rows = new ArrayList<>();
        for (FundingLine l : lines) {
            rows.add(new LineRow(l.partner(), l.fundingStream(), l.source(), l.arrangement(),
                    Money.pounds(l.committed()), Money.pounds(l.received()), Money.pounds(l.spent()), false));
        }
        MoneyTotals total = MoneyTotals.of(lines);
        rows.add(new LineRow("Total", "", "", "", Money.pounds(total.committed()), Money.pounds(total.received()),
                Money.pounds(total.spent()), true));
        return rows;
    }

    private static List<NoteRow> warnings(AreaReport a) {
        List<NoteRow> rows = new ArrayList<>();
        for (Issue w : a.warnings()) {
            String explained = w.explained() ? "Explanation: " + w.explanation() : "Not explained.";
            rows.add(new NoteRow(w.rule().id(), w.location(), w.message() + "\n" + explained, Severity.WARNING));
        }
        return rows;
    }
}
