package org.stocktake.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.figures.AreaFigures;
import org.stocktake.figures.FiguresCsv;
import org.stocktake.figures.PeriodFigures;
import org.stocktake.intake.ReferenceLoader;
import org.stocktake.pack.PackRenderer;
import org.stocktake.reconciliation.Finding;
import org.stocktake.reconciliation.FindingsCsv;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;

/** The period-level jobs the commands share: figures, reconciliation and the pack. */
final class PeriodJobs {

    private final ConfigurableApplicationContext context;
    private final CommonOptions common;

    PeriodJobs(ConfigurableApplicationContext context, CommonOptions common) {
        this.context = context;
        this.common = common;
    }

    /** Starts the application, brings changed reference files into force, and runs the work. */
    static int run(CommonOptions common, ToIntFunction<PeriodJobs> work) {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            PeriodJobs jobs = new PeriodJobs(context, common);
            jobs.loadReference();
            return work.applyAsInt(jobs);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Brings changed reference files into force; prints any that were refused. */
    void loadReference() {
        context.getBean(ReferenceLoader.class).load(common.reference)
                .forEach(problem -> System.out.println("  problem: " + problem));
    }

    List<AreaFigures> figures(Period period) {
        return context.getBean(PeriodFigures.class).forPeriod(period);
    }

    Path writeFigures(Period period) {
        return context.getBean(FiguresCsv.class).write(period, figures(period), common.out);
    }

    List<Finding> reconcile(Period period) {
        return context.getBean(Reconciler.class).reconcile(period);
    }

    Path writeFindings(Period period, List<Finding> findings) {
        return context.getBean(FindingsCsv.class).write(period, findings, common.out);
    }

    Path renderPack(Period period, LocalDate asOf) {
        return context.getBean(PackRenderer.class).render(period, asOf, common.out);
    }

    /** The latest period for which any return counts. */
    Optional<Period> latestAcceptedPeriod() {
        return context.getBean(JdbcClient.class).sql("SELECT DISTINCT period FROM counting_return")
                .query(String.class).list().stream().map(Period::of).max(Period::compareTo);
    }
}
