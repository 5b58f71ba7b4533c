package org.stocktake.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.intake.ImportStopSignal;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.Period;
import org.stocktake.storage.DatabaseLocks;
import org.stocktake.storage.DatabaseLocks.PeriodLock;

/**
 * What {@code nightly} does, shared with {@code schedule}: import the inbox, then reconcile, write the figures
 * and render the pack of the latest period with an accepted return. The pack stage runs under a lock on the
 * period, so two nodes sharing a database do not write the same pack at once, and it is skipped when nothing
 * it is made from changed since the pack was last rendered, so the second node (or the second night) with
 * nothing new does not render it again.
 */
final class Nightly {

    private static final Logger log = LoggerFactory.getLogger(Nightly.class);

    private final ConfigurableApplicationContext context;
    private final CommonOptions common;
    private final PrintStream out;

    Nightly(ConfigurableApplicationContext context, CommonOptions common, PrintStream out) {
        this.context = context;
        this.common = common;
        this.out = out;
    }

    /** @return the exit status: 0 when the jobs ran (rejections are a normal outcome), 1 when one failed */
    int run(Path inbox, LocalDate asOf) {
        ImportRun run = context.getBean(ImportRunner.class).run(inbox, asOf, common.reference, common.out);
        out.println(run.summary());
        if (!run.jobCompleted()) {
            if (context.getBean(ImportStopSignal.class).requested()) {
                out.println("Stopped on request before the whole inbox was imported; the next run goes on from there.");
            }
            return 1;
        }
        PeriodJobs jobs = new PeriodJobs(context, common);
        Optional<Period> latest = jobs.latestAcceptedPeriod();
        if (latest.isEmpty()) {
            out.println("No accepted return yet: nothing to reconcile, no pack written.");
            return 0;
        }
        Period period = latest.get();
        try (PeriodLock lock = context.getBean(DatabaseLocks.class).periodLock(period.toString())) {
            if (!lock.tryLock()) {
                log.info("The pack for {} is being written by another node; waiting for it to finish", period);
                lock.lock();
            }
            String inputs = inputs(period, asOf);
            Optional<Path> current = renderedFrom(period, inputs);
            if (current.isPresent()) {
                out.println("Reconciliation of " + period + ": " + storedFindings(period)
                        + " findings, unchanged: nothing new since the pack was written");
                out.println("Stocktake pack for " + period + " is up to date: " + current.get());
                return 0;
            }
            List<Finding> findings = jobs.reconcile(period);
            out.println(Findings.summary(period, findings, jobs.writeFindings(period, findings)));
            out.println("Figures: " + jobs.writeFigures(period));
            Path pack = jobs.renderPack(period, asOf);
            jdbc().sql("INSERT INTO pack_render (period, inputs, pack_path, rendered_at, rendered_by) VALUES (?, ?, ?, ?, ?)")
                    .params(period.toString(), inputs, pack.toAbsolutePath().normalize().toString(),
                            Timestamp.from(Instant.now()), DatabaseLocks.processName())
                    .update();
            out.println("Stocktake pack for " + period + ": " + pack);
            return 0;
        }
    }

    /**
     * What the pack stage is made from: the submissions (only ever inserted, so count and highest id say
     * whether any came), the reference files in force, the as-of date and where the outputs go.
     */
    private String inputs(Period period, LocalDate asOf) {
        String submissions = jdbc().sql("SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM submission")
                .query(String.class).single();
        String reference = String.join("/", jdbc().sql("SELECT name || ':' || sha256 FROM reference_load ORDER BY name")
                .query(String.class).list());
        String inputs = period + ";" + asOf + ";" + submissions + ";" + reference.hashCode() + ";"
                + common.out.toAbsolutePath().normalize();
        return inputs.length() <= 500 ? inputs : inputs.substring(0, 440) + "#" + inputs.hashCode();
    }

    private Optional<Path> renderedFrom(Period period, String inputs) {
        return jdbc().sql("SELECT pack_path FROM pack_render WHERE period = ? AND inputs = ? ORDER BY id DESC")
                .params(period.toString(), inputs).query(String.class).list().stream().findFirst()
                .map(Path::of).filter(Files::isRegularFile);
    }

    private long storedFindings(Period period) {
        return jdbc().sql("SELECT COUNT(*) FROM finding WHERE period = ?").param(period.toString())
                .query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }
}
