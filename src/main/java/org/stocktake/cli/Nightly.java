package org.stocktake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.intake.ImportStopSignal;
import org.stocktake.mail.MailRunner;
import org.stocktake.pack.PackOutcome;
import org.stocktake.pack.PackStage;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;

/**
 * What {@code nightly} does, shared with {@code schedule}: import the inbox, then the pack stage ({@link PackStage})
 * of the latest period with an accepted return, skipped when nothing it is made from changed since the pack was
 * last rendered, so the second node (or the second night) with nothing new does not render it again; then the mail
 * job ({@link MailRunner}): reminders that fell due, and the delivery of what the outbox holds. A mail server that
 * is down does not fail the run: its summary says what failed.
 */
final class Nightly {

    private final ConfigurableApplicationContext context;
    private final CommonOptions common;
    private final PrintWriter out;

    Nightly(ConfigurableApplicationContext context, CommonOptions common, PrintWriter out) {
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
        Optional<Period> latest = context.getBean(PeriodReports.class).latestWithCountingReturn();
        if (latest.isEmpty()) {
            out.println("No accepted return yet: nothing to reconcile, no pack written.");
        } else {
            pack(latest.get(), asOf);
        }
        // after the import and the pack: reminders that fell due, then everything the outbox holds
        MailRunner.MailRun mail = context.getBean(MailRunner.class).run(asOf);
        out.println(mail.summary());
        return mail.completed() ? 0 : 1;
    }

    private void pack(Period period, LocalDate asOf) {
        PackOutcome pack = context.getBean(PackStage.class).renderIfStale(period, asOf, common.out);
        if (pack.rendered()) {
            out.println(Findings.summary(period, pack.report().findings(), pack.findingsCsv()));
            out.println("Figures: " + pack.figuresCsv());
            out.println("Stocktake pack for " + period + ": " + pack.pack());
        } else {
            out.println("Reconciliation of " + period + ": " + pack.report().findings().size()
                    + " findings, unchanged: nothing new since the pack was written");
            out.println("Stocktake pack for " + period + " is up to date: " + pack.pack());
        }
    }
}
