package org.stocktake.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.intake.ImportStopSignal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Import the inbox, then reconcile, write the figures and render the pack for the latest"
                + " period that has an accepted return.")
final class NightlyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    ImportCommand.InboxOptions inbox;

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = SpringContext.start(common, false);
        GracefulStop stop = GracefulStop.install(context.getBean(ImportStopSignal.class));
        try {
            return new Nightly(context, common, spec.commandLine().getOut()).run(inbox.inbox, inbox.asOf());
        } finally {
            context.close();
            stop.finished();
        }
    }
}
