package org.stocktake.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * What a command line asked for, read from picocli's parse result before the command runs: the command, its
 * option values by name (so the checks need not know each command's classes), the database and the log.
 */
final class Invocation {

    static final String DEFAULT_LOG_NAME = "stocktake.log";

    private final ParseResult parsed;
    private final ParseResult leaf;

    private Invocation(ParseResult parsed) {
        this.parsed = parsed;
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        this.leaf = last;
    }

    static Invocation of(ParseResult parsed) {
        return new Invocation(parsed);
    }

    CommandLine command() {
        return leaf.commandSpec().commandLine();
    }

    /** The command's name, such as {@code import}. */
    String name() {
        return leaf.commandSpec().name();
    }

    /** The value of an option of the command (given or defaulted); empty when the command has no such option. */
    <T> Optional<T> option(String name) {
        OptionSpec option = leaf.commandSpec().findOption(name);
        return option == null ? Optional.empty() : Optional.ofNullable(option.getValue());
    }

    /** The database the command uses: its {@code --db}, else the default one. */
    DatabaseUrl db() {
        return new DatabaseUrl(this.<String>option("--db").orElse(CommonOptions.DEFAULT_DB));
    }

    /** The user the command connects as, as the operator gave it (H2's default user is {@code sa}). */
    Optional<String> dbUser() {
        Optional<String> user = option("--db-user");
        return user.isPresent() || !db().isH2() ? user : Optional.of("sa");
    }

    /** {@code --log}, else {@code stocktake.log} beside an embedded H2 database, else in {@code data/}. */
    Path logFile() {
        Optional<Path> given = matched("--log");
        return given.orElseGet(() -> db().logFolder().resolve(DEFAULT_LOG_NAME));
    }

    boolean debug() {
        return this.<Boolean>matched("--debug").orElse(false);
    }

    /** The command line as typed, with passwords masked: for the log. */
    String maskedCommandLine() {
        List<String> words = new ArrayList<>(List.of("stocktake"));
        boolean passwordNext = false;
        for (String arg : parsed.originalArgs()) {
            if (passwordNext) {
                words.add("***");
            } else if (arg.startsWith("--db-password=")) {
                words.add("--db-password=***");
            } else {
                words.add(new DatabaseUrl(arg).masked());
            }
            passwordNext = arg.equals("--db-password");
        }
        return String.join(" ", words);
    }

    /** An option matched at any level: --log and --debug may come before or after the command's name. */
    private <T> Optional<T> matched(String name) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(name)) {
                return Optional.ofNullable(level.matchedOptionValue(name, null));
            }
        }
        return Optional.empty();
    }
}
