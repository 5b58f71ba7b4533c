package org.stocktake.cli;

import java.io.OutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * What happens between parsing a command line and running its command: help when asked for, the option checks
 * (a wrong value stops here, before anything is started), then the log, then the command.
 */
final class CommandStart implements IExecutionStrategy {

    private static final Logger log = LoggerFactory.getLogger(CommandStart.class);

    private final OutputStream console;

    CommandStart(OutputStream console) {
        this.console = console;
    }

    @Override
    public int execute(ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        if (!parsed.hasSubcommand()) {
            return new RunLast().execute(parsed); // no command given: picocli's usage error, nothing to check or log
        }
        Invocation invocation = Invocation.of(parsed);
        OptionChecks.check(invocation);
        LogSetup.start(invocation.logFile(), invocation.debug(), console);
        log.info(LogSetup.DETAILS, "{} (pid {})", invocation.maskedCommandLine(), ProcessHandle.current().pid());
        int status = new RunLast().execute(parsed);
        log.info(LogSetup.DETAILS, "{} ended with exit status {}", invocation.name(), status);
        return status;
    }
}
