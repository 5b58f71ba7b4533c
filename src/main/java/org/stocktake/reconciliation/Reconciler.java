package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.figures.AreaFigures;
import org.stocktake.figures.PeriodFigures;
import org.stocktake.standard.Period;

/**
 * Computes the reconciliation findings of a period (standard §6) and replaces the period's rows in table
 * {@code finding} with them, in one transaction: recomputed from scratch, so running twice gives the same rows.
 */
@Component
public class Reconciler {

    private final ReconciliationData data;
    private final PeriodFigures figures;
    private final TransactionTemplate transaction;

    public Reconciler(DataSource dataSource, PeriodFigures figures) {
        this.data = new ReconciliationData(new JdbcTemplate(dataSource));
        this.figures = figures;
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The period's findings, sorted by severity, area and rule, as now stored in table {@code finding}. */
    public List<Finding> reconcile(Period period) {
        return transaction.execute(status -> {
            List<Finding> findings = compute(period);
            data.replaceFindings(period, findings);
            return findings;
        });
    }

    private List<Finding> compute(Period period) {
        Map<String, ReturnFacts> now = data.countingReturns(period);
        Period before = period.previous();
        Map<String, ReturnFacts> then = data.countingReturns(before);
        Map<String, Map<String, BigDecimal>> ledger = data.ledgerToDate(period);

        // The register's areas (with their status as the figures file gives it), plus ledger areas that returned.
        Map<String, String> scope = new TreeMap<>();
        for (AreaFigures area : figures.forPeriod(period)) {
            scope.put(area.areaCode(), area.status());
        }
        for (String area : ledger.keySet()) {
            if (now.containsKey(area)) {
                scope.putIfAbsent(area, AreaFigures.ACCEPTED);
            }
        }

        List<Finding> findings = new ArrayList<>();
        scope.forEach((area, status) -> {
            ReturnFacts current = now.get(area);
            if (current == null) {
                findings.add(Checks.missing(area, period, AreaFigures.REJECTED.equals(status)));
                return;
            }
            ReturnFacts previous = then.get(area);
            if (previous != null) {
                findings.addAll(Checks.againstPrevious(area, period, current, before, previous));
            }
            findings.addAll(Checks.ledger(area, period, current.centralReceived(), ledger.getOrDefault(area, Map.of())));
        });
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
