package org.stocktake.pack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.figures.FiguresCsv;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.reconciliation.FindingsCsv;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;
import org.stocktake.storage.DatabaseLocks;
import org.stocktake.storage.DatabaseLocks.PeriodLock;
import org.stocktake.storage.PackRenderStore;

/**
 * The pack stage of a period, written once: load the period, reconcile it, write {@code findings-<period>.csv} and
 * {@code figures-<period>.csv}, render {@code packs/stocktake-<period>.pdf}. It runs under a lock on the period, so
 * two nodes sharing a database do not write the same pack at once, and records what each pack was made from
 * ({@code pack_render}), so {@link #renderIfStale} can leave a pack that is up to date alone.
 */
@Service
public class PackStage {

    private static final Logger log = LoggerFactory.getLogger(PackStage.class);

    private final PeriodReports reports;
    private final Reconciler reconciler;
    private final FindingsCsv findingsCsv;
    private final FiguresCsv figuresCsv;
    private final PackRenderer renderer;
    private final PackRenderStore renders;
    private final DatabaseLocks locks;
    private final TransactionTemplate recording;
    private final ApplicationEventPublisher events;

    PackStage(PeriodReports reports, Reconciler reconciler, FindingsCsv findingsCsv, FiguresCsv figuresCsv,
            PackRenderer renderer, PackRenderStore renders, DatabaseLocks locks, PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.reconciler = reconciler;
        this.findingsCsv = findingsCsv;
        this.figuresCsv = figuresCsv;
        this.renderer = renderer;
        this.renders = renders;
        this.locks = locks;
        this.recording = new TransactionTemplate(transactions);
        this.events = events;
    }

    /** Reconciles and renders the period whatever was rendered before ({@code pack}). */
    public PackOutcome render(Period period, LocalDate asOf, Path outDir) {
        return run(period, asOf, outDir, false);
    }

    /**
     * The same, unless nothing the pack is made from (submissions, reference data, as-of date, output folder) changed
     * since it was last rendered: then the pack and the stored findings are left as they are ({@code nightly}, and
     * whoever asks for a pack that should be up to date).
     */
    public PackOutcome renderIfStale(Period period, LocalDate asOf, Path outDir) {
        return run(period, asOf, outDir, true);
    }

    private PackOutcome run(Period period, LocalDate asOf, Path outDir, boolean onlyIfStale) {
        try (PeriodLock lock = locks.periodLock(period.toString())) {
            if (!lock.tryLock()) {
                log.info("The pack for {} is being written by another node; waiting for it to finish", period);
                lock.lock();
            }
            String inputs = inputs(period, asOf, outDir);
            Optional<Path> current = onlyIfStale ? renders.renderedFrom(period, inputs) : Optional.empty();
            if (current.isPresent()) {
                return new PackOutcome(reports.load(period), false, current.get(), FindingsCsv.fileFor(period, outDir),
                        FiguresCsv.fileFor(period, outDir));
            }
            PeriodReport stored = reports.load(period);
            PeriodReport report = stored.withFindings(reconciler.reconcile(stored));
            Path findings = findingsCsv.write(period, report.findings(), outDir);
            Path figures = figuresCsv.write(report, outDir);
            Path pack = renderer.render(report, asOf, outDir);
            // the record and what the new pack causes (its e-mail's outbox row) commit together, still under the lock
            recording.executeWithoutResult(tx -> {
                renders.record(period, inputs, pack, DatabaseLocks.processName());
                events.publishEvent(new PackRendered(report, asOf, pack, PackFingerprint.of(report)));
            });
            return new PackOutcome(report, true, pack, findings, figures);
        }
    }

    /** What the pack is made from, in at most the 500 characters {@code pack_render.inputs} holds. */
    private String inputs(Period period, LocalDate asOf, Path outDir) {
        String inputs = period + ";" + asOf + ";" + renders.dataVersion() + ";" + outDir.toAbsolutePath().normalize();
        return inputs.length() <= 500 ? inputs : inputs.substring(0, 440) + "#" + inputs.hashCode();
    }
}
