package org.stocktake.reconciliation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.stocktake.period.PeriodReport;
import org.stocktake.standard.Finding;
import org.stocktake.storage.FindingStore;

/**
 * Reconciles a period: computes its findings from scratch ({@link Reconciliation}) and replaces the period's rows
 * in table {@code finding} with them, so running twice gives the same rows.
 */
@Service
public class Reconciler {

    private final FindingStore store;

    Reconciler(FindingStore store) {
        this.store = store;
    }

    /** The period's findings, sorted by severity, area and rule, as now stored. */
    public List<Finding> reconcile(PeriodReport report) {
        List<Finding> findings = Reconciliation.findings(report);
        store.replace(report.period(), findings);
        return findings;
    }
}
