package org.stocktake.period;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.reference.LedgerPayment;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.storage.StoredReturn;
import org.stocktake.storage.StoredSubmission;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;

/** Puts a {@link PeriodReport} together from what storage holds: plain logic, no database. */
final class PeriodAssembly {

    private final Period period;
    private final Register register;
    private final Map<Long, List<FundingLine>> lines;
    private final Map<Long, List<Issue>> issues;

    private PeriodAssembly(Period period, Register register, Map<Long, List<FundingLine>> lines,
            Map<Long, List<Issue>> issues) {
        this.period = period;
        this.register = register;
        this.lines = lines;
        this.issues = issues;
    }

    /**
     * @param counting    the return that counts for every area and period
     * @param lines       budget lines of the returns that count in the period and the one before, by submission
     * @param submissions the submissions of the period
     * @param issues      the issues of the period's submissions, by submission
     * @param ledger      every central payment in force
     * @param findings    the period's findings
     */
    static PeriodReport assemble(Period period, Register register, List<StoredReturn> counting,
            Map<Long, List<FundingLine>> lines, List<StoredSubmission> submissions, Map<Long, List<Issue>> issues,
            List<LedgerPayment> ledger, List<Finding> findings) {
        return new PeriodAssembly(period, register, lines, issues).report(counting, submissions, ledger, findings);
    }

    private PeriodReport report(List<StoredReturn> counting, List<StoredSubmission> submissions,
            List<LedgerPayment> ledger, List<Finding> findings) {
        Map<String, CountingReturn> now = countingIn(period, counting);
        Map<String, CountingReturn> before = countingIn(period.previous(), counting);
        List<AreaReport> areas = new ArrayList<>();
        for (RegisterEntry entry : register.expectedIn(period)) {
            String code = entry.areaCode();
            CountingReturn current = now.get(code);
            CountingReturn previous = register.entryFor(code, period.previous()).isPresent() ? before.get(code) : null;
            List<Rejection> rejections = current != null ? List.of() : rejections(code, submissions);
            AreaStatus status = current != null ? AreaStatus.ofCounting(current.status())
                    : rejections.isEmpty() ? AreaStatus.MISSING : AreaStatus.REJECTED;
            List<Issue> warnings = current == null ? List.of()
                    : issues.getOrDefault(current.submissionId(), List.of()).stream().filter(Issue::isWarning).toList();
            areas.add(new AreaReport(code, entry.areaName(), status, current, previous, warnings, rejections,
                    findings.stream().filter(f -> f.areaCode().equals(code)).toList()));
        }
        List<LedgerPayment> toDate = ledger.stream()
                .filter(p -> p.period().sameFinancialYear(period) && !p.period().isAfter(period)).toList();
        return new PeriodReport(period, areas, now, before, toDate, findings, helpedToDate(counting));
    }

    private Map<String, CountingReturn> countingIn(Period p, List<StoredReturn> counting) {
        Map<String, CountingReturn> byArea = new HashMap<>();
        for (StoredReturn r : counting) {
            if (r.period().equals(p)) {
                byArea.put(r.areaCode(), new CountingReturn(r.submissionId(), r.fileName(), r.areaCode(), r.period(),
                        r.status(), r.families(), lines.getOrDefault(r.submissionId(), List.of())));
            }
        }
        return byArea;
    }

    /** The area's files for the period that were received and not accepted, with their errors. */
    private List<Rejection> rejections(String areaCode, List<StoredSubmission> submissions) {
        List<Rejection> rejected = new ArrayList<>();
        for (StoredSubmission s : submissions) {
            if (areaCode.equals(s.areaCode())
                    && (s.status() == ReturnStatus.REJECTED || s.status() == ReturnStatus.QUARANTINED)) {
                rejected.add(new Rejection(s.id(), s.fileName(), s.status(),
                        issues.getOrDefault(s.id(), List.of()).stream().filter(Issue::isError).toList()));
            }
        }
        return rejected;
    }

    /** Families helped to date over the areas the register expects, per period from the first that has a return. */
    private TreeMap<Period, Long> helpedToDate(List<StoredReturn> counting) {
        Map<Period, Map<String, Long>> helped = new HashMap<>();
        for (StoredReturn r : counting) {
            helped.computeIfAbsent(r.period(), p -> new HashMap<>()).put(r.areaCode(), r.families().helped());
        }
        TreeMap<Period, Long> history = new TreeMap<>();
        Period first = counting.stream().map(StoredReturn::period).min(Period::compareTo).orElse(period);
        for (Period p = first; !p.isAfter(period); p = p.next()) {
            Map<String, Long> inPeriod = helped.getOrDefault(p, Map.of());
            history.put(p, register.expectedIn(p).stream()
                    .mapToLong(e -> inPeriod.getOrDefault(e.areaCode(), 0L)).sum());
        }
        return history;
    }
}
