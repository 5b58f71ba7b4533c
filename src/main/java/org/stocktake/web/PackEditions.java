package org.stocktake.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.stocktake.pack.PackModel;
import org.stocktake.pack.PackStage;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.reconciliation.Reconciliation;
import org.stocktake.standard.Period;

/**
 * The pack of a period in the portal: the PDF as {@code pack} writes it (rendered now through
 * {@link PackStage#renderIfStale} when none is up to date with the data), and the HTML edition, made from the same
 * {@link PackModel} with the findings reconciliation gives now, as the PDF rendered now would show them.
 */
@Component
@ConditionalOnWebApplication
class PackEditions {

    private final PackStage stage;
    private final PeriodReports reports;
    private final Clock clock;
    private final Path outDir;
    /** One render of a period at a time in this process (on PostgreSQL the pack stage also locks across nodes). */
    private final Map<Period, ReentrantLock> rendering = new ConcurrentHashMap<>();

    PackEditions(PackStage stage, PeriodReports reports, Clock clock, @Value("${stocktake.out:out}") Path outDir) {
        this.stage = stage;
        this.reports = reports;
        this.clock = clock;
        this.outDir = outDir;
    }

    /** {@code packs/stocktake-<period>.pdf} under the portal's output folder, up to date with the data. */
    Path pdf(Period period) {
        ReentrantLock lock = rendering.computeIfAbsent(period, p -> new ReentrantLock());
        lock.lock();
        try {
            return stage.renderIfStale(period, LocalDate.now(clock), outDir).pack();
        } finally {
            lock.unlock();
        }
    }

    /** What the pack of the period says now. */
    PackModel html(Period period) {
        PeriodReport stored = reports.load(period);
        return PackModel.of(stored.withFindings(Reconciliation.findings(stored)));
    }
}
