package org.stocktake.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A command that failed with an exception: one line on the console saying what failed, what to check when it
 * is the database, and where the log is; the stack trace goes to the log file (and the console with --debug).
 * Exit status 1.
 */
final class FailureReport implements IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FailureReport.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        Invocation invocation = Invocation.of(parsed);
        String what = DatabaseFailure.describe(failure, invocation.db(), invocation.dbUser())
                .orElseGet(() -> rootMessage(failure));
        String line = invocation.name() + " failed: " + what;
        log.error(LogSetup.DETAILS, "{}", line, failure);
        command.getErr().println("stocktake: " + line + " (details in " + invocation.logFile() + ")");
        return 1;
    }

    /** The innermost cause's message, first line only. */
    static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
