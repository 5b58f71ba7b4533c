package org.stocktake.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.period.ReturnFiguresTests.line;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stocktake.reference.LedgerPayment;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;
import org.stocktake.storage.StoredReturn;
import org.stocktake.storage.StoredSubmission;
import org.stocktake.validation.Families;
import org.stocktake.validation.ReturnStatus;

/** The period model put together from what storage holds: statuses, which return counts, history, headline. */
class PeriodAssemblyTests {

    static final Period Q1 = Period.of("2012-13 Q1");
    static final Period Q2 = Period.of("2012-13 Q2");
    static final String STRAND = "Families with multiple problems";

    final Register register = new Register(List.of(
            new RegisterEntry("E06000001", "Hartlepool", STRAND, Period.of("2011-12 Q4"), null),
            new RegisterEntry("E06000002", "Middlesbrough", STRAND, Q2, null),
            new RegisterEntry("E06000003", "Redcar", STRAND, Q1, null),
            new RegisterEntry("E06000004", "Stockton", STRAND, Q1, null),
            new RegisterEntry("E06000005", "Later", STRAND, Period.of("2012-13 Q3"), null)));

    final Issue warning = Issue.warning(Rule.COV_SIGNOFF_SELF, "Cover", "B9", "signed off by the contact");
    final Issue info = Issue.ofFile(Rule.FILE_DUPLICATE, "not a warning");
    final Issue error = Issue.of(Rule.FUND_MONEY, "Funding", "F14", "\"12,5O0\" is not an amount of money");
    final Finding missing = Finding.of("E06000004", Q2, Rule.X_MISSING_RETURN, "none received");
    final Finding ledger = Finding.of("E09999999", Q2, Rule.X_LEDGER_UNDECLARED, "unregistered area");

    PeriodReport report() {
        List<StoredReturn> counting = List.of(
                counting(1, "E06000001", "2011-12 Q4", ReturnStatus.ACCEPTED, 100, 40),
                counting(2, "E06000001", "2012-13 Q1", ReturnStatus.ACCEPTED, 110, 50),
                counting(3, "E06000001", "2012-13 Q2", ReturnStatus.ACCEPTED_WITH_WARNINGS, 120, 60),
                // a Q1 return from an area the register expects only from Q2: not "the previous return" of the pack
                counting(4, "E06000002", "2012-13 Q1", ReturnStatus.ACCEPTED, 30, 7),
                counting(5, "E06000002", "2012-13 Q2", ReturnStatus.ACCEPTED, 35, 9),
                counting(6, "E06000003", "2012-13 Q1", ReturnStatus.ACCEPTED, 10, 2),
                counting(7, "E09999999", "2012-13 Q2", ReturnStatus.ACCEPTED, 5, 1));
        Map<Long, List<org.stocktake.validation.FundingLine>> lines = Map.of(
                2L, List.of(line("DWP", "Central", "Pooled", "100.00", "40.00", "10.00")),
                3L, List.of(line("DWP", "Central", "Pooled", "100.00", "60.00", "20.00"),
                        line("Police", "Local", "Aligned", "30.00", "5.00", "1.00")),
                5L, List.of(line("Health", "Local", "In kind", "7.00", "3.00", "2.00")));
        List<StoredSubmission> submissions = List.of(
                new StoredSubmission(8, "redcar.xlsx", "a", ReturnStatus.REJECTED, "E06000003", "2012-13 Q2"),
                new StoredSubmission(9, "redcar-again.xlsx", "b", ReturnStatus.REJECTED, "E06000003", "2012-13 Q2"),
                new StoredSubmission(10, "hartlepool-old.xlsx", "c", ReturnStatus.REJECTED, "E06000001", "2012-13 Q2"));
        Map<Long, List<Issue>> issues = Map.of(3L, List.of(warning, info), 8L, List.of(error, warning));
        List<LedgerPayment> payments = List.of(payment("2012-13 Q1", "10.00"), payment("2012-13 Q2", "20.00"),
                payment("2012-13 Q3", "40.00"), payment("2011-12 Q4", "80.00"));
        return PeriodAssembly.assemble(Q2, register, counting, lines, submissions, issues, payments,
                List.of(ledger, missing));
    }

    static StoredReturn counting(long id, String area, String period, ReturnStatus status, long identified,
            long helped) {
        return new StoredReturn(id, area + "-" + id + ".xlsx", area, Period.of(period), status,
                new Families(identified, 5, helped, 1, null));
    }

    static LedgerPayment payment(String period, String amount) {
        return new LedgerPayment("E06000001", "DWP", Period.of(period), new BigDecimal(amount), "REF");
    }

    @Test
    void oneRowPerAreaTheRegisterExpectsWithItsStatusAndTheReturnThatCounts() {
        PeriodReport r = report();

        assertThat(r.areas()).extracting(AreaReport::areaCode, AreaReport::areaName, AreaReport::status,
                a -> a.counts() ? a.countingReturn().submissionId() : null).containsExactly(
                tuple("E06000001", "Hartlepool", AreaStatus.ACCEPTED_WITH_WARNINGS, 3L),
                tuple("E06000002", "Middlesbrough", AreaStatus.ACCEPTED, 5L),
                tuple("E06000003", "Redcar", AreaStatus.REJECTED, null),
                tuple("E06000004", "Stockton", AreaStatus.MISSING, null));
        assertThat(r.countingReturns()).containsOnlyKeys("E06000001", "E06000002", "E09999999");
        assertThat(r.previousCountingReturns()).containsOnlyKeys("E06000001", "E06000002", "E06000003");
    }

    @Test
    void previousFiguresOnlyWhereTheRegisterExpectedAReturnThen() {
        PeriodReport r = report();

        assertThat(r.area("E06000001").orElseThrow().previousFigures().familiesHelped()).isEqualTo(50);
        assertThat(r.area("E06000002").orElseThrow().previous()).isNull();
        assertThat(r.area("E06000003").orElseThrow().previous().submissionId()).isEqualTo(6);
    }

    @Test
    void warningsOfTheReturnThatCountsRejectionsWithTheirErrorsAndFindingsPerArea() {
        PeriodReport r = report();

        AreaReport hartlepool = r.area("E06000001").orElseThrow();
        assertThat(hartlepool.warnings()).containsExactly(warning);
        assertThat(hartlepool.rejections()).isEmpty(); // a return counts: its rejected file is history
        assertThat(r.area("E06000003").orElseThrow().rejections()).extracting(Rejection::fileName, Rejection::errors)
                .containsExactly(tuple("redcar.xlsx", List.of(error)), tuple("redcar-again.xlsx", List.of()));
        assertThat(r.area("E06000004").orElseThrow().findings()).containsExactly(missing);
        assertThat(r.findings()).containsExactly(missing, ledger); // Finding.ORDER: severity, then area
    }

    @Test
    void theLedgerToDateIsTheFinancialYearUpToThePeriod() {
        assertThat(report().ledgerToDate()).extracting(p -> p.amount().toPlainString()).containsExactly("10.00",
                "20.00");
    }

    @Test
    void familiesHelpedToDatePerPeriodOverTheAreasTheRegisterExpected() {
        assertThat(report().helpedToDate()).containsExactly(Map.entry(Period.of("2011-12 Q4"), 40L),
                Map.entry(Q1, 50L + 2L), Map.entry(Q2, 60L + 9L));
    }

    @Test
    void theHeadlineAddsUpTheReturnsThatCountForTheRegistersAreas() {
        Headline h = report().headline();

        assertThat(List.of(h.expected(), h.accepted(), h.acceptedWithWarnings(), h.rejected(), h.missing(),
                h.counting())).containsExactly(4, 1, 1, 1, 1, 2);
        assertThat(List.of(h.familiesIdentified(), h.familiesHelped(), h.familiesOutcomes()))
                .containsExactly(155L, 69L, 2L);
        assertThat(h.byArrangement()).containsOnlyKeys("Pooled", "Aligned", "Virtual pool", "In kind");
        assertThat(h.byArrangement().get("Pooled")).isEqualTo(totals("100.00", "60.00", "20.00"));
        assertThat(h.byArrangement().get("Virtual pool")).isEqualTo(MoneyTotals.ZERO);
        assertThat(h.bySource().get("Local")).isEqualTo(totals("37.00", "8.00", "3.00"));
        assertThat(h.total()).isEqualTo(totals("137.00", "68.00", "23.00"));
    }

    @Test
    void findingsJustComputedReplaceTheStoredOnes() {
        Finding fresh = Finding.of("E06000001", Q2, Rule.X_COHORT_SHIFT, "changed");

        PeriodReport r = report().withFindings(List.of(fresh));

        assertThat(r.findings()).containsExactly(fresh);
        assertThat(r.area("E06000001").orElseThrow().findings()).containsExactly(fresh);
        assertThat(r.area("E06000004").orElseThrow().findings()).isEmpty();
    }

    static MoneyTotals totals(String committed, String received, String spent) {
        return new MoneyTotals(new BigDecimal(committed), new BigDecimal(received), new BigDecimal(spent));
    }
}
