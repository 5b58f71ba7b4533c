package org.stocktake.storage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;

/** The reconciliation findings of each period (table {@code finding}), recomputed whole on every run. */
@Repository
public class FindingStore {

    private final JdbcTemplate jdbc;

    FindingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's findings as last stored, in {@link Finding#ORDER}. */
    public List<Finding> of(Period period) {
        List<Finding> findings = new ArrayList<>(jdbc.query(
                "SELECT area_code, rule_id, message FROM finding WHERE period = ?", (rs, n) -> {
                    Rule rule = Rule.ofId(rs.getString(2));
                    return new Finding(rs.getString(1), period, rule, rule.severity(), rs.getString(3));
                }, period.toString()));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Replaces the period's findings in one transaction: running twice gives the same rows. */
    @Transactional
    public void replace(Period period, List<Finding> findings) {
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
