package org.stocktake.period;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.stocktake.reference.LedgerPayment;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;
import org.stocktake.validation.FundingLine;

/**
 * The one model of a period, loaded once ({@link PeriodReports#load}) and never changed: what the figures file,
 * reconciliation, the tracker ({@code status}, the portal) and the pack (PDF, HTML, e-mail) all read.
 *
 * @param areas                   one row per area the register expects in the period, in area-code order
 * @param countingReturns         the return that counts for every area that has one in the period, by area code
 *                                (including areas the register does not expect)
 * @param previousCountingReturns the same for the previous period
 * @param ledgerToDate            the central payments in the period's financial year up to the period
 * @param findings                the period's reconciliation findings, in {@link Finding#ORDER}: as stored, or as
 *                                just computed ({@link #withFindings})
 * @param helpedToDate            families helped to date over the register's areas, per period from the first
 *                                with a return that counts up to this one
 */
public record PeriodReport(Period period, List<AreaReport> areas, Map<String, CountingReturn> countingReturns,
        Map<String, CountingReturn> previousCountingReturns, List<LedgerPayment> ledgerToDate, List<Finding> findings,
        SortedMap<Period, Long> helpedToDate) {

    public PeriodReport {
        areas = List.copyOf(areas);
        countingReturns = Map.copyOf(countingReturns);
        previousCountingReturns = Map.copyOf(previousCountingReturns);
        ledgerToDate = List.copyOf(ledgerToDate);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = List.copyOf(sorted);
        helpedToDate = Collections.unmodifiableSortedMap(new TreeMap<>(helpedToDate));
    }

    public Optional<AreaReport> area(String areaCode) {
        return areas.stream().filter(a -> a.areaCode().equals(areaCode)).findFirst();
    }

    /** The areas whose status is the given one, in area-code order. */
    public List<AreaReport> areas(AreaStatus status) {
        return areas.stream().filter(a -> a.status() == status).toList();
    }

    /** The register's areas for which a return counts. */
    public List<AreaReport> countingAreas() {
        return areas.stream().filter(AreaReport::counts).toList();
    }

    /** The budget lines of the returns that count for the register's areas, area by area in sheet order. */
    public List<FundingLine> countingLines() {
        return countingAreas().stream().flatMap(a -> a.countingReturn().lines().stream()).toList();
    }

    /** Returns expected and where they stand, and the figures and money of the returns that count, added up. */
    public Headline headline() {
        List<AreaReport> counting = countingAreas();
        List<FundingLine> lines = countingLines();
        return new Headline(areas.size(), areas(AreaStatus.ACCEPTED).size(),
                areas(AreaStatus.ACCEPTED_WITH_WARNINGS).size(), areas(AreaStatus.REJECTED).size(),
                areas(AreaStatus.MISSING).size(),
                counting.stream().mapToLong(a -> a.figures().familiesIdentified()).sum(),
                counting.stream().mapToLong(a -> a.figures().familiesHelped()).sum(),
                counting.stream().mapToLong(a -> a.figures().familiesOutcomes()).sum(),
                totalsBy(CodeList.ARRANGEMENTS, lines, FundingLine::arrangement),
                totalsBy(CodeList.SOURCES, lines, FundingLine::source), MoneyTotals.of(lines));
    }

    private static Map<String, MoneyTotals> totalsBy(List<String> codes, List<FundingLine> lines,
            Function<FundingLine, String> code) {
        Map<String, MoneyTotals> totals = new LinkedHashMap<>();
        for (String c : codes) {
            totals.put(c, MoneyTotals.of(lines, l -> c.equals(code.apply(l))));
        }
        return Collections.unmodifiableMap(totals);
    }

    /** The same period with these findings (just computed by reconciliation) in place of the stored ones. */
    public PeriodReport withFindings(List<Finding> newFindings) {
        List<AreaReport> withThem = areas.stream().map(a -> a.withFindings(newFindings.stream()
                .filter(f -> f.areaCode().equals(a.areaCode())).sorted(Finding.ORDER).toList())).toList();
        return new PeriodReport(period, withThem, countingReturns, previousCountingReturns, ledgerToDate, newFindings,
                helpedToDate);
    }
}
