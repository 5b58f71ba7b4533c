package org.stocktake.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.figures.AreaFigures;
import org.stocktake.figures.PeriodFigures;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;

/** Reads a period's {@link PackData} from the database; the per-area figures come from {@link PeriodFigures}. */
final class PackDataLoader {

    private final JdbcTemplate jdbc;
    private final PeriodFigures figures;

    PackDataLoader(DataSource dataSource, PeriodFigures figures) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.figures = figures;
    }

    PackData load(Period period, LocalDate asOf) {
        List<AreaFigures> areas = figures.forPeriod(period);
        Map<String, AreaFigures> previous = figures.forPeriod(period.previous()).stream()
                .filter(AreaFigures::counts)
                .collect(Collectors.toMap(AreaFigures::areaCode, Function.identity()));
        List<Long> counting = areas.stream().map(AreaFigures::submissionId).filter(Objects::nonNull).toList();
        return new PackData(period, asOf, areas, previous, lines(period), warnings(period, counting),
                findings(period), rejections(period, areas), helpedByPeriod(period));
    }

    private Map<Long, List<PackData.Line>> lines(Period period) {
        Map<Long, List<PackData.Line>> lines = new HashMap<>();
        jdbc.query("""
                SELECT f.submission_id, f.partner, f.funding_stream, f.source, f.arrangement, f.committed, f.received,
                       f.spent
                FROM funding_line f JOIN counting_return c ON c.submission_id = f.submission_id
                WHERE c.period = ? ORDER BY f.submission_id, f.partner, f.sheet_row, f.id""", rs -> {
            lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new PackData.Line(rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                    rs.getBigDecimal(8)));
        }, period.toString());
        return lines;
    }

    private Map<Long, List<PackData.Warning>> warnings(Period period, List<Long> counting) {
        Map<Long, List<PackData.Warning>> warnings = new HashMap<>();
        jdbc.query("""
                SELECT i.submission_id, i.rule_id, i.sheet, i.cell, i.message, i.explanation
                FROM submission_issue i JOIN counting_return c ON c.submission_id = i.submission_id
                WHERE c.period = ? AND i.severity = 'W' ORDER BY i.submission_id, i.id""", rs -> {
            String sheet = rs.getString(3);
            String cell = rs.getString(4);
            String where = sheet.isEmpty() ? cell : cell.isEmpty() ? sheet : sheet + "!" + cell;
            warnings.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(
                    new PackData.Warning(rs.getString(2), where, rs.getString(5), rs.getString(6)));
        }, period.toString());
        warnings.keySet().retainAll(counting);
        return warnings;
    }

    private List<Finding> findings(Period period) {
        List<Finding> findings = jdbc.query(
                "SELECT area_code, rule_id, message FROM finding WHERE period = ?", (rs, n) -> {
                    Rule rule = Rule.ofId(rs.getString(2));
                    return new Finding(rs.getString(1), period, rule, rule.severity(), rs.getString(3));
                }, period.toString());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    private Map<String, List<PackData.Rejection>> rejections(Period period, List<AreaFigures> areas) {
        Map<String, List<PackData.Rejection>> rejections = new HashMap<>();
        jdbc.query("""
                SELECT s.area_code, s.file_name, s.status, i.rule_id, i.message
                FROM submission s LEFT JOIN submission_issue i ON i.submission_id = s.id AND i.severity = 'E'
                WHERE s.period = ? AND s.status IN ('REJECTED', 'QUARANTINED') ORDER BY s.id, i.id""", rs -> {
            rejections.computeIfAbsent(rs.getString(1), a -> new ArrayList<>()).add(new PackData.Rejection(
                    rs.getString(2), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                    rs.getString(5) == null ? "(no reason recorded)" : rs.getString(5)));
        }, period.toString());
        List<String> rejected = areas.stream().filter(a -> AreaFigures.REJECTED.equals(a.status()))
                .map(AreaFigures::areaCode).toList();
        rejections.keySet().retainAll(rejected);
        return rejections;
    }

    /** Families helped to date over the register's areas, from the first period with a counting return to P. */
    private TreeMap<Period, Long> helpedByPeriod(Period period) {
        TreeMap<Period, Long> helped = new TreeMap<>();
        List<String> periods = jdbc.queryForList("SELECT DISTINCT period FROM counting_return", String.class);
        Period first = periods.stream().map(Period::of).min(Period::compareTo).orElse(period);
        for (Period p = first; !p.isAfter(period); p = p.next()) {
            long sum = figures.forPeriod(p).stream().map(AreaFigures::familiesHelped).filter(Objects::nonNull)
                    .mapToLong(Long::longValue).sum();
            helped.put(p, sum);
        }
        return helped;
    }

}
