package org.stocktake.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.period.AreaReport;
import org.stocktake.period.AreaStatus;
import org.stocktake.period.CountingReturn;
import org.stocktake.period.PeriodReport;
import org.stocktake.reference.LedgerPayment;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;

/** The findings of a period (standard §6): a pure function of its {@link PeriodReport}. */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** The period's findings, sorted by severity, area and rule. */
    public static List<Finding> findings(PeriodReport report) {
        Period period = report.period();
        Period before = period.previous();
        Map<String, Map<String, BigDecimal>> ledger = ledgerByDepartment(report.ledgerToDate());

        // The register's areas (with their status), plus ledger areas that returned.
        Map<String, AreaStatus> scope = new TreeMap<>();
        for (AreaReport area : report.areas()) {
            scope.put(area.areaCode(), area.status());
        }
        for (String area : ledger.keySet()) {
            if (report.countingReturns().containsKey(area)) {
                scope.putIfAbsent(area, AreaStatus.ACCEPTED);
            }
        }

        List<Finding> findings = new ArrayList<>();
        scope.forEach((area, status) -> {
            CountingReturn current = report.countingReturns().get(area);
            if (current == null) {
                findings.add(Checks.missing(area, period, status == AreaStatus.REJECTED));
                return;
            }
            ReturnFacts now = ReturnFacts.of(current);
            CountingReturn previous = report.previousCountingReturns().get(area);
            if (previous != null) {
                findings.addAll(Checks.againstPrevious(area, period, now, before, ReturnFacts.of(previous)));
            }
            findings.addAll(Checks.ledger(area, period, now.centralReceived(), ledger.getOrDefault(area, Map.of())));
        });
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    /** Payments by area and department (the code list's spelling where it knows the department). */
    private static Map<String, Map<String, BigDecimal>> ledgerByDepartment(List<LedgerPayment> payments) {
        Map<String, Map<String, BigDecimal>> paid = new TreeMap<>();
        for (LedgerPayment p : payments) {
            String department = CodeList.match(CodeList.CENTRAL_PARTNERS, p.department()).orElse(p.department());
            paid.computeIfAbsent(p.areaCode(), a -> new TreeMap<>()).merge(department, p.amount(), BigDecimal::add);
        }
        return paid;
    }
}
