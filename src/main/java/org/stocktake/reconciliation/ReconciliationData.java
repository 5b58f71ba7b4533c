package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;

/** Reads the counting returns, their budget lines and the ledger for reconciliation. */
final class ReconciliationData {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final JdbcTemplate jdbc;

    ReconciliationData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The return that counts for each area in the period, by area code. */
    Map<String, ReturnFacts> countingReturns(Period period) {
        Map<String, long[]> families = new HashMap<>();
        Map<Long, String> areaOf = new HashMap<>();
        jdbc.query("""
                SELECT c.area_code, c.submission_id, r.families_identified, r.families_started, r.families_helped,
                       r.families_outcomes
                FROM counting_return c JOIN stocktake_return r ON r.submission_id = c.submission_id
                WHERE c.period = ?""", rs -> {
            families.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)});
            areaOf.put(rs.getLong(2), rs.getString(1));
        }, period.toString());

        Map<String, BigDecimal[]> totals = new HashMap<>();
        Map<String, Map<String, BigDecimal>> central = new HashMap<>();
        jdbc.query("""
                SELECT f.submission_id, f.partner, f.source, f.received, f.spent
                FROM funding_line f JOIN counting_return c ON c.submission_id = f.submission_id
                WHERE c.period = ?""", rs -> {
            String area = areaOf.get(rs.getLong(1));
            BigDecimal received = rs.getBigDecimal(4);
            BigDecimal[] t = totals.computeIfAbsent(area, a -> new BigDecimal[] {ZERO, ZERO});
            t[0] = t[0].add(received);
            t[1] = t[1].add(rs.getBigDecimal(5));
            String department = CodeList.match(CodeList.CENTRAL_PARTNERS, rs.getString(2)).orElse(null);
            if ("Central".equals(rs.getString(3)) && department != null) {
                central.computeIfAbsent(area, a -> new TreeMap<>()).merge(department, received, BigDecimal::add);
            }
        }, period.toString());

        Map<String, ReturnFacts> facts = new HashMap<>();
        families.forEach((area, f) -> {
            BigDecimal[] t = totals.getOrDefault(area, new BigDecimal[] {ZERO, ZERO});
            facts.put(area, new ReturnFacts(f[0], f[1], f[2], f[3], f[4], t[0], t[1],
                    Map.copyOf(central.getOrDefault(area, Map.of()))));
        });
        return facts;
    }

    /** Ledger payments in the period's financial year up to and including the period: area → department → sum. */
    Map<String, Map<String, BigDecimal>> ledgerToDate(Period period) {
        Map<String, Map<String, BigDecimal>> paid = new TreeMap<>();
        jdbc.query("SELECT area_code, department, period, amount FROM ledger_payment", rs -> {
            Period paidIn = Period.of(rs.getString(3));
            if (paidIn.sameFinancialYear(period) && !paidIn.isAfter(period)) {
                String department = CodeList.match(CodeList.CENTRAL_PARTNERS, rs.getString(2))
                        .orElse(rs.getString(2));
                paid.computeIfAbsent(rs.getString(1), a -> new TreeMap<>())
                        .merge(department, rs.getBigDecimal(4), BigDecimal::add);
            }
        });
        return paid;
    }

    /** Replaces the period's findings in one go; the caller holds the transaction. */
    void replaceFindings(Period period, List<Finding> findings) {
        jdbc.update("DELETE FROM finding WHERE period = ?", period.toString());
        jdbc.batchUpdate("INSERT INTO finding (period, area_code, rule_id, severity, message) VALUES (?, ?, ?, ?, ?)",
                findings, 500, (ps, f) -> {
                    ps.setString(1, period.toString());
                    ps.setString(2, f.areaCode());
                    ps.setString(3, f.rule().id());
                    ps.setString(4, f.severity().code());
                    ps.setString(5, f.message());
                });
    }
}
