package org.stocktake.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.intake.ImportStopSignal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import every return in the inbox: validate, store what is accepted, write feedback and"
                + " import-report.csv.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InboxOptions inbox;

    @Override
    public Integer call() {
        ConfigurableApplicationContext context = SpringContext.start(common, false);
        GracefulStop stop = GracefulStop.install(context.getBean(ImportStopSignal.class));
        try {
            ImportRun run = context.getBean(ImportRunner.class).run(inbox.inbox, inbox.asOf(), common.reference, common.out);
            spec.commandLine().getOut().println(run.summary());
            return run.jobCompleted() ? 0 : 1;
        } finally {
            context.close();
            stop.finished();
        }
    }

    /** The inbox and as-of options of {@code import} and {@code nightly}. */
    static final class InboxOptions {

        @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "input-samples/returns",
                description = "Folder of returns, read recursively (default: ${DEFAULT-VALUE}).")
        Path inbox;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "The date the run acts as of (default: today); decides the current period.")
        LocalDate asOf;

        LocalDate asOf() {
            return asOf == null ? LocalDate.now() : asOf;
        }
    }
}
