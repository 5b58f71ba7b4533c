package org.stocktake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.ToIntFunction;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.intake.ReferenceLoader;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;

/** What the period commands share: a started application with the reference files in force, and the period model. */
final class PeriodJobs {

    private final ConfigurableApplicationContext context;
    private final CommonOptions common;
    private final PrintWriter out;

    PeriodJobs(ConfigurableApplicationContext context, CommonOptions common, PrintWriter out) {
        this.context = context;
        this.common = common;
        this.out = out;
    }

    /** Starts the application, brings changed reference files into force, and runs the work. */
    static int run(CommonOptions common, PrintWriter out, ToIntFunction<PeriodJobs> work) {
        try (ConfigurableApplicationContext context = SpringContext.start(common)) {
            PeriodJobs jobs = new PeriodJobs(context, common, out);
            jobs.loadReference();
            return work.applyAsInt(jobs);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The output folder ({@code --out}). */
    Path outDir() {
        return common.out;
    }

    /** Brings changed reference files into force; prints any that were refused. */
    void loadReference() {
        context.getBean(ReferenceLoader.class).load(common.reference)
                .forEach(problem -> out.println("  problem: " + problem));
    }

    /** The period as the database holds it now. */
    PeriodReport report(Period period) {
        return bean(PeriodReports.class).load(period);
    }
}
