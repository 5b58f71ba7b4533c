package org.stocktake.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.stocktake.mail.MailDelivery;
import org.stocktake.mail.MessageKind;
import org.stocktake.pack.PackOutcome;
import org.stocktake.pack.PackStage;
import org.stocktake.storage.OutboxStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Render the stocktake pack for a period (reconciling it first): packs/stocktake-<period>.pdf;"
                + " e-mail it to the steering group and central team when what it shows changed.")
final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PeriodOption period;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The \"data as at\" date (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        return PeriodJobs.run(common, spec.commandLine().getOut(), jobs -> {
            PackOutcome pack = jobs.bean(PackStage.class).render(period.period,
                    asOf == null ? LocalDate.now() : asOf, jobs.outDir());
            spec.commandLine().getOut().println("Stocktake pack for " + period.period + ": " + pack.pack());
            // the pack's e-mail, written to the outbox when what the pack shows changed, goes out now
            spec.commandLine().getOut().println(jobs.bean(MailDelivery.class)
                    .deliver(OutboxStore.Scope.kind(MessageKind.PACK.code())).summary());
            return 0;
        });
    }
}
