package org.stocktake.period;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.stocktake.standard.Period;
import org.stocktake.storage.FindingStore;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.ReturnStore;

/** Loads the {@link PeriodReport} of a period from storage: a handful of queries, once per use. */
@Service
public class PeriodReports {

    private final ReferenceStore reference;
    private final ReturnStore returns;
    private final FindingStore findings;

    PeriodReports(ReferenceStore reference, ReturnStore returns, FindingStore findings) {
        this.reference = reference;
        this.returns = returns;
        this.findings = findings;
    }

    /** The period as the database holds it now, with its findings as last stored by reconciliation. */
    public PeriodReport load(Period period) {
        return PeriodAssembly.assemble(period, reference.register(), returns.countingReturns(),
                returns.countingFundingLines(List.of(period, period.previous())), returns.submissionsOf(period),
                returns.issuesOf(period), reference.ledger(), findings.of(period));
    }

    /** The latest period for which any return counts: the one {@code nightly} reports on. */
    public Optional<Period> latestWithCountingReturn() {
        return returns.latestCountingPeriod();
    }
}
