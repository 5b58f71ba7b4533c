package org.stocktake.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A command line that cannot run as given: one line saying what is wrong (and, for a mistyped option or
 * command, where the help is), exit status 2. With no command at all, the list of commands.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        if (args.length == 0) {
            err.println("stocktake: which command?");
            command.usage(err);
        } else if (problem instanceof OptionChecks.UsageError) {
            err.println("stocktake: " + problem.getMessage());
        } else {
            err.println("stocktake: " + problem.getMessage() + " (see " + command.getCommandSpec().qualifiedName()
                    + " --help)");
        }
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
