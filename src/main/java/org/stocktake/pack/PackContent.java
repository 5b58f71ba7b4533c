package org.stocktake.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.stocktake.figures.AreaFigures;
import org.stocktake.standard.Money;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Severity;

/** Turns {@link PackData} into the parameters and rows of the templates; all text is formatted here. */
final class PackContent {

    static final int BARS_PER_CHART = 40;
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final PackData data;
    private final Map<String, String> names = new HashMap<>();

    PackContent(PackData data) {
        this.data = data;
        data.areas().forEach(a -> names.put(a.areaCode(), a.areaName()));
    }

    private List<AreaFigures> counting() {
        return data.areas().stream().filter(AreaFigures::counts).toList();
    }

    private long countStatus(String status) {
        return data.areas().stream().filter(a -> a.status().equals(status)).count();
    }

    private static Long sum(List<AreaFigures> areas, Function<AreaFigures, Long> f) {
        return areas.stream().map(f).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private List<PackData.Line> countingLines() {
        return counting().stream().flatMap(a -> data.lines().getOrDefault(a.submissionId(), List.of()).stream())
                .toList();
    }

    Map<String, Object> headline() {
        List<AreaFigures> counting = counting();
        Map<String, Object> p = new HashMap<>();
        p.put("EXPECTED", Fmt.count((long) data.areas().size()));
        p.put("ACCEPTED", Fmt.count((long) counting.size()));
        p.put("WITH_WARNINGS", Fmt.count(countStatus(AreaFigures.ACCEPTED_WITH_WARNINGS)));
        p.put("REJECTED", Fmt.count(countStatus(AreaFigures.REJECTED)));
        p.put("MISSING", Fmt.count(countStatus(AreaFigures.MISSING)));
        Long identified = sum(counting, AreaFigures::familiesIdentified);
        Long helped = sum(counting, AreaFigures::familiesHelped);
        p.put("IDENTIFIED", Fmt.count(identified));
        p.put("HELPED", Fmt.count(helped));
        p.put("OUTCOMES", Fmt.count(sum(counting, AreaFigures::familiesOutcomes)));
        p.put("SHARE_HELPED", Fmt.share(helped, identified));
        List<PackData.Line> lines = countingLines();
        p.put("BY_ARRANGEMENT", moneyTable(CodeList.ARRANGEMENTS, lines, l -> l.arrangement()));
        p.put("BY_SOURCE", moneyTable(List.of("Central", "Local"), lines, l -> l.source()));
        return p;
    }

    private static List<Map<String, ?>> moneyTable(List<String> keys, List<PackData.Line> lines,
                                                   Function<PackData.Line, String> key) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(moneyRow(k, lines, l -> k.equals(key.apply(l)), false));
        }
        rows.add(moneyRow("Total", lines, l -> true, true));
        return rows;
    }

    private static Map<String, ?> moneyRow(String label, List<PackData.Line> lines, Predicate<PackData.Line> which,
                                           boolean bold) {
        BigDecimal committed = ZERO;
        BigDecimal received = ZERO;
        BigDecimal spent = ZERO;
        for (PackData.Line l : lines) {
            if (which.test(l)) {
                committed = committed.add(l.committed());
                received = received.add(l.received());
                spent = spent.add(l.spent());
            }
        }
        return row("c1", label, "c2", Money.pounds(committed), "c3", Money.pounds(received), "c4",
                Money.pounds(spent), "bold", bold);
    }

    List<Map<String, ?>> areasTable() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (AreaFigures a : data.areas()) {
            AreaFigures before = data.previous().get(a.areaCode());
            rows.add(row("code", a.areaCode(), "name", a.areaName(), "status", a.status(),
                    "statusText", Fmt.status(a.status()), "identified", Fmt.count(a.familiesIdentified()),
                    "helped", Fmt.count(a.familiesHelped()), "outcomes", Fmt.count(a.familiesOutcomes()),
                    "share", a.counts() ? Fmt.percent(a.familiesHelped(), a.familiesIdentified()) : "",
                    "change", a.counts() ? (before == null ? "no previous"
                            : Fmt.change(a.familiesHelped(), before.familiesHelped())) : ""));
        }
        return rows;
    }

    Map<String, Object> charts() {
        Map<String, Object> p = new HashMap<>();
        List<PackData.Line> lines = countingLines();
        Map<String, Map<String, BigDecimal>> byPartner = new LinkedHashMap<>();
        for (String partner : CodeList.PARTNERS) {
            for (PackData.Line l : lines) {
                if (partner.equals(l.partner())) {
                    byPartner.computeIfAbsent(partner, k -> new LinkedHashMap<>()).merge(l.arrangement(),
                            l.committed(), BigDecimal::add);
                }
            }
        }
        List<Map<String, ?>> funding = new ArrayList<>();
        StringBuilder caption = new StringBuilder("Text equivalent: committed this year by partner and arrangement");
        String sep = ": ";
        for (var e : byPartner.entrySet()) {
            caption.append(sep).append(e.getKey()).append(" —");
            String inner = " ";
            for (String arrangement : CodeList.ARRANGEMENTS) {
                BigDecimal v = e.getValue().getOrDefault(arrangement, ZERO);
                funding.add(row("category", e.getKey(), "series", arrangement, "value", v));
                if (v.signum() != 0) {
                    caption.append(inner).append(arrangement).append(' ').append(Money.pounds(v));
                    inner = ", ";
                }
            }
            sep = "; ";
        }
        p.put("FUNDING", funding);
        p.put("FUNDING_CAPTION", byPartner.isEmpty() ? "No budget lines in the returns that count." : caption + ".");
        List<Map<String, ?>> history = new ArrayList<>();
        StringBuilder hc = new StringBuilder("Text equivalent: families helped to date");
        sep = ": ";
        for (var e : data.helpedByPeriod().entrySet()) {
            history.add(row("category", e.getKey().toString(), "series", "Families helped", "value", e.getValue()));
            hc.append(sep).append(e.getKey()).append(' ').append(Fmt.count(e.getValue()));
            sep = "; ";
        }
        p.put("HISTORY", history);
        p.put("HISTORY_CAPTION", hc + ".");
        return p;
    }

    List<Map<String, ?>> shareCharts() {
        List<AreaFigures> counting = counting();
        List<Map<String, ?>> charts = new ArrayList<>();
        // One scale for every chunk, so that bars on different pages compare; a tenth more than the longest bar,
        // so that bar does not run into the end of the axis.
        BigDecimal largest = counting.stream().map(a -> Fmt.percentValue(a.familiesHelped(), a.familiesIdentified()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        BigDecimal max = largest.multiply(new BigDecimal("1.1"));
        for (int from = 0; from < counting.size(); from += BARS_PER_CHART) {
            List<AreaFigures> chunk = counting.subList(from, Math.min(counting.size(), from + BARS_PER_CHART));
            List<Map<String, ?>> bars = new ArrayList<>();
            StringBuilder caption = new StringBuilder("Text equivalent (share of identified families helped): ");
            String sep = "";
            for (AreaFigures a : chunk) {
                bars.add(row("category", a.areaName(), "series", "Share helped",
                        "value", Fmt.percentValue(a.familiesHelped(), a.familiesIdentified())));
                caption.append(sep).append(a.areaName()).append(' ')
                        .append(Fmt.percent(a.familiesHelped(), a.familiesIdentified()));
                sep = "; ";
            }
            String title = "Share of families helped by area"
                    + (counting.size() > BARS_PER_CHART ? " (" + (from + 1) + "–" + (from + chunk.size()) + " of "
                    + counting.size() + ")" : "");
            charts.add(row("title", title, "bars", bars, "max", max, "caption", caption + ". Areas without an accepted return "
                    + "are not shown."));
        }
        return charts;
    }

    List<Map<String, ?>> areaPages() {
        List<Map<String, ?>> pages = new ArrayList<>();
        for (AreaFigures a : data.areas()) {
            AreaFigures before = data.previous().get(a.areaCode());
            pages.add(row("heading", a.areaName() + " (" + a.areaCode() + ")", "status", a.status(),
                    "statusText", Fmt.status(a.status()), "summary", summary(a, before),
                    "compare", compare(a, before), "lines", lines(a), "warnings", warnings(a),
                    "findings", findings(f -> f.areaCode().equals(a.areaCode()), false),
                    "rejections", rejections(a.areaCode())));
        }
        return pages;
    }

    private String summary(AreaFigures a, AreaFigures before) {
        String prev = data.period().previous().toString();
        String previous = before == null ? "No accepted return for " + prev + " to compare with."
                : "Compared with the accepted return for " + prev + ".";
        return switch (a.status()) {
            case AreaFigures.MISSING -> "No return received for " + data.period() + ". " + previous;
            case AreaFigures.REJECTED -> "Returns received for " + data.period() + ", none accepted. " + previous;
            default -> "The return that counts is submission " + a.submissionId() + ". " + previous;
        };
    }

    private static List<Map<String, ?>> compare(AreaFigures a, AreaFigures b) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(countRow("Families identified", a.familiesIdentified(), b == null ? null : b.familiesIdentified()));
        rows.add(countRow("Families started this quarter", a.familiesStarted(), b == null ? null : b.familiesStarted()));
        rows.add(countRow("Families helped to date", a.familiesHelped(), b == null ? null : b.familiesHelped()));
        rows.add(countRow("Families with outcomes to date", a.familiesOutcomes(), b == null ? null : b.familiesOutcomes()));
        rows.add(row("c1", "Share of identified families helped",
                "c2", a.counts() ? Fmt.percent(a.familiesHelped(), a.familiesIdentified()) : "",
                "c3", b != null ? Fmt.percent(b.familiesHelped(), b.familiesIdentified()) : "", "c4", "", "bold", false));
        rows.add(moneyRow("Pooled committed", a.pooledCommitted(), b == null ? null : b.pooledCommitted()));
        rows.add(moneyRow("Pooled received", a.pooledReceived(), b == null ? null : b.pooledReceived()));
        rows.add(moneyRow("Pooled spent", a.pooledSpent(), b == null ? null : b.pooledSpent()));
        rows.add(moneyRow("Aligned committed", a.alignedCommitted(), b == null ? null : b.alignedCommitted()));
        rows.add(moneyRow("Received from central partners", a.centralReceived(), b == null ? null : b.centralReceived()));
        rows.add(moneyRow("Received from local partners", a.localReceived(), b == null ? null : b.localReceived()));
        return rows;
    }

    private static Map<String, ?> countRow(String label, Long now, Long before) {
        return row("c1", label, "c2", Fmt.count(now), "c3", Fmt.count(before), "c4", Fmt.change(now, before),
                "bold", false);
    }

    private static Map<String, ?> moneyRow(String label, BigDecimal now, BigDecimal before) {
        return row("c1", label, "c2", now == null ? "" : Money.pounds(now), "c3",
                before == null ? "" : Money.pounds(before), "c4", Fmt.change(now, before), "bold", false);
    }

    private List<Map<String, ?>> lines(AreaFigures a) {
        List<PackData.Line> lines = a.counts() ? data.lines().getOrDefault(a.submissionId(), List.of()) : List.of();
        List<Map<String, ?>> rows = new ArrayList<>();
        BigDecimal c = ZERO;
        BigDecimal r = ZERO;
        BigDecimal s = ZERO;
        for (PackData.Line l : lines) {
            rows.add(row("partner", l.partner(), "stream", l.stream(), "source", l.source(), "arrangement",
                    l.arrangement(), "committed", Money.pounds(l.committed()), "received", Money.pounds(l.received()),
                    "spent", Money.pounds(l.spent()), "bold", false));
            c = c.add(l.committed());
            r = r.add(l.received());
            s = s.add(l.spent());
        }
        if (!rows.isEmpty()) {
            rows.add(row("partner", "Total", "stream", "", "source", "", "arrangement", "", "committed",
                    Money.pounds(c), "received", Money.pounds(r), "spent", Money.pounds(s), "bold", true));
        }
        return rows;
    }

    private List<Map<String, ?>> warnings(AreaFigures a) {
        List<Map<String, ?>> rows = new ArrayList<>();
        if (a.counts()) {
            for (PackData.Warning w : data.warnings().getOrDefault(a.submissionId(), List.of())) {
                String explained = w.explanation() == null || w.explanation().isBlank() ? "Not explained."
                        : "Explanation: " + w.explanation();
                rows.add(row("c1", w.rule(), "c2", w.location(), "c3", w.message() + "\n" + explained, "tone", "W"));
            }
        }
        return rows;
    }

    private List<Map<String, ?>> findings(Predicate<Finding> which, boolean withArea) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Finding f : data.findings()) {
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

    private List<Map<String, ?>> rejections(String areaCode) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PackData.Rejection r : data.rejections().getOrDefault(areaCode, List.of())) {
            rows.add(row("c1", r.fileName(), "c2", r.rule().isEmpty() ? r.status() : r.rule(), "c3", r.message(),
                    "tone", "E"));
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
        List<Map<String, ?>> rejected = new ArrayList<>();
        for (AreaFigures a : data.areas()) {
            if (AreaFigures.MISSING.equals(a.status())) {
                missing.add(row("c1", areaLabel(a.areaCode()), "c2", "Missing", "c3",
                        "No return received for " + data.period() + ".", "tone", "E"));
            } else if (AreaFigures.REJECTED.equals(a.status())) {
                for (PackData.Rejection r : data.rejections().getOrDefault(a.areaCode(), List.of())) {
                    rejected.add(row("c1", areaLabel(a.areaCode()), "c2", r.fileName() + "\n"
                            + (r.rule().isEmpty() ? r.status() : r.rule()), "c3", r.message(), "tone", "E"));
                }
            }
        }
        sections.add(section("Missing returns", "Area", "Status", "Reason", missing));
        sections.add(section("Rejected returns", "Area", "File and rule", "Reason", rejected));
        return sections;
    }

    private static Map<String, ?> section(String title, String h1, String h2, String h3, List<Map<String, ?>> rows) {
        return row("title", title, "h1", h1, "h2", h2, "h3", h3, "rows", rows);
    }

    private static Map<String, ?> row(Object... keyValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}
