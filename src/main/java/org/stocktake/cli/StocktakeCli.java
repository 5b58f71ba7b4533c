package org.stocktake.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./stocktake} command line (standard §10). Exit status: 0 when the job ran (rejected returns are a
 * normal outcome), 1 when a job failed, 2 for a usage error.
 */
@Command(name = "stocktake", mixinStandardHelpOptions = true, version = "stocktake 1.0",
        description = "Community Budget stocktake returns: import, validate, reconcile and report.",
        subcommands = {ImportCommand.class, ReconcileCommand.class, FiguresCommand.class,
                PackCommand.class, NightlyCommand.class, ScheduleCommand.class, StatusCommand.class,
                SamplesCommand.class, TemplateCommand.class, BenchCommand.class, ServeCommand.class,
                UsersCommand.class})
public final class StocktakeCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status, without exiting (for tests). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new StocktakeCli());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("stocktake: " + cmd.getCommandName() + " failed: " + rootMessage(e));
            return 1;
        });
        return commandLine.execute(args);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
