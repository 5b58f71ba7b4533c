package org.stocktake.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ./stocktake} command line (standard §10). Exit status: 0 when the job ran (rejected returns are a
 * normal outcome), 1 when a job failed, 2 for a usage error.
 */
@Command(name = "stocktake", mixinStandardHelpOptions = true, version = "stocktake 1.0",
        description = "Community Budget stocktake returns: import, validate, reconcile and report.")
public final class StocktakeCli {

    /**
     * The commands, in the order help lists them. picocli reads a command's annotations when it is added, which
     * for all of them is a tenth of a short command's time: a command line that names commands gets only those.
     */
    private static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, ReconcileCommand.class,
            FiguresCommand.class, PackCommand.class, NightlyCommand.class, ScheduleCommand.class, StatusCommand.class,
            SamplesCommand.class, TemplateCommand.class, BenchCommand.class, ServeCommand.class, UsersCommand.class);

    // --log and --debug may come before or after the command's name; Invocation reads them from the parse result
    @Option(names = "--log", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Log file, appended to and rolled (default: stocktake.log beside the H2 database, else"
                    + " data/stocktake.log).")
    Path log;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show on the console all the log file gets: also DEBUG for stocktake, libraries' INFO"
                    + " and stack traces.")
    boolean debug;

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit status, without exiting (for tests). */
    public static int execute(String... args) {
        return execute(System.out, System.err, args);
    }

    /**
     * Runs a command line with the given console: picocli's output (help, usage errors, the one-line failure)
     * and the console log go there, and so does what commands print (through picocli's output).
     */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine = new CommandLine(new StocktakeCli());
        Set<String> arguments = new HashSet<>(List.of(args));
        List<Class<?>> named = COMMANDS.stream().filter(c -> arguments.contains(name(c))).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(commandLine::addSubcommand);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionStrategy(new CommandStart(out));
        commandLine.setExecutionExceptionHandler(new FailureReport());
        try {
            return commandLine.execute(args);
        } finally {
            // autoflush covers println only: a command's last print() must reach the console too
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }
}
