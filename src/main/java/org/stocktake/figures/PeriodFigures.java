package org.stocktake.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.storage.ReferenceStore;

/**
 * The per-area figures of a period as §9 defines them for {@code figures-<period>.csv}: the one definition that
 * the figures file and the stocktake pack both use.
 */
@Component
public class PeriodFigures {

    private final JdbcTemplate jdbc;
    private final ReferenceStore reference;

    public PeriodFigures(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.reference = new ReferenceStore(JdbcClient.create(dataSource));
    }

    /** One row per area the register expects for the period, in area-code order. */
    public List<AreaFigures> forPeriod(Period period) {
        Map<String, CountingRow> counting = countingReturns(period);
        Map<Long, LineSums> sums = lineSums(period);
        Set<String> rejected = rejectedAreas(period);
        List<AreaFigures> rows = new ArrayList<>();
        for (RegisterEntry area : reference.register().expectedIn(period)) {
            CountingRow r = counting.get(area.areaCode());
            if (r == null) {
                String status = rejected.contains(area.areaCode()) ? AreaFigures.REJECTED : AreaFigures.MISSING;
                rows.add(AreaFigures.withoutReturn(area.areaCode(), area.areaName(), period, status));
                continue;
            }
            LineSums s = sums.getOrDefault(r.submissionId(), new LineSums());
            rows.add(new AreaFigures(area.areaCode(), area.areaName(), period, r.status(),
                    r.identified(), r.started(), r.helped(), r.outcomes(),
                    s.pooledCommitted, s.pooledReceived, s.pooledSpent, s.alignedCommitted,
                    s.centralReceived, s.localReceived, r.submissionId()));
        }
        return rows;
    }

    private record CountingRow(long submissionId, String status, long identified, long started, long helped,
                               long outcomes) {
    }

    private Map<String, CountingRow> countingReturns(Period period) {
        Map<String, CountingRow> rows = new HashMap<>();
        jdbc.query("""
                SELECT c.area_code, c.submission_id, c.status, r.families_identified, r.families_started,
                       r.families_helped, r.families_outcomes
                FROM counting_return c JOIN stocktake_return r ON r.submission_id = c.submission_id
                WHERE c.period = ?""",
                rs -> {
                    rows.put(rs.getString(1), new CountingRow(rs.getLong(2), rs.getString(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }, period.toString());
        return rows;
    }

    private static final class LineSums {
        BigDecimal pooledCommitted = zero();
        BigDecimal pooledReceived = zero();
        BigDecimal pooledSpent = zero();
        BigDecimal alignedCommitted = zero();
        BigDecimal centralReceived = zero();
        BigDecimal localReceived = zero();

        private static BigDecimal zero() {
            return new BigDecimal("0.00");
        }
    }

    private Map<Long, LineSums> lineSums(Period period) {
        Map<Long, LineSums> sums = new HashMap<>();
        jdbc.query("""
                SELECT f.submission_id, f.arrangement, f.source, f.committed, f.received, f.spent
                FROM funding_line f JOIN counting_return c ON c.submission_id = f.submission_id
                WHERE c.period = ?""",
                rs -> {
                    LineSums s = sums.computeIfAbsent(rs.getLong(1), id -> new LineSums());
                    String arrangement = rs.getString(2);
                    String source = rs.getString(3);
                    BigDecimal committed = rs.getBigDecimal(4);
                    BigDecimal received = rs.getBigDecimal(5);
                    if ("Pooled".equals(arrangement)) {
                        s.pooledCommitted = s.pooledCommitted.add(committed);
                        s.pooledReceived = s.pooledReceived.add(received);
                        s.pooledSpent = s.pooledSpent.add(rs.getBigDecimal(6));
                    } else if ("Aligned".equals(arrangement)) {
                        s.alignedCommitted = s.alignedCommitted.add(committed);
                    }
                    if ("Central".equals(source)) {
                        s.centralReceived = s.centralReceived.add(received);
                    } else if ("Local".equals(source)) {
                        s.localReceived = s.localReceived.add(received);
                    }
                }, period.toString());
        return sums;
    }

    /** Areas with a return received for the period but not accepted (rejected or quarantined). */
    private Set<String> rejectedAreas(Period period) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT area_code FROM submission
                WHERE period = ? AND area_code IS NOT NULL AND status IN ('REJECTED', 'QUARANTINED')""",
                String.class, period.toString()));
    }
}
