package org.stocktake.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.ParameterException;

/**
 * The option values a person can get wrong, checked before a command starts anything: a mistake is a one-line
 * usage error (exit status 2), and no database is opened, no job instance created, no log written. Options are
 * found by name, so every command that has one is checked alike.
 */
final class OptionChecks {

    private final Invocation invocation;

    private OptionChecks(Invocation invocation) {
        this.invocation = invocation;
    }

    /** @throws ParameterException naming the first wrong value */
    static void check(Invocation invocation) {
        new OptionChecks(invocation).run();
    }

    private void run() {
        invocation.<Path>option("--inbox").ifPresent(inbox -> {
            if (!Files.isDirectory(inbox)) {
                fail("the inbox " + inbox + " is not a folder");
            }
        });
        invocation.<Path>option("--reference").ifPresent(this::referenceFolder);
        invocation.<Path>option("--out").ifPresent(out -> folderToWrite("the output folder", out));
        invocation.<Path>option("--dir").ifPresent(dir -> folderToWrite("the folder", dir));
        invocation.<String>option("--db").ifPresent(this::database);
        fileToWrite("the log file", invocation.logFile());
    }

    private void referenceFolder(Path folder) {
        if (!Files.exists(folder)) {
            fail("the reference folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            fail("the reference folder " + folder + " is not a folder");
        }
        if (!Files.isRegularFile(folder.resolve("pilots.csv"))) {
            fail("the reference folder " + folder + " has no pilots.csv (the register of pilot areas)");
        }
    }

    private void database(String url) {
        DatabaseUrl db = new DatabaseUrl(url);
        if (!db.supported()) {
            fail("--db " + db.masked() + " is not a database stocktake can use: give jdbc:h2:file:PATH"
                    + " or jdbc:postgresql://HOST:PORT/NAME");
        }
    }

    private void folderToWrite(String what, Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            fail(what + " " + folder + " is a file, not a folder");
        }
        blockingFile(folder).ifPresent(file -> fail(what + " " + folder + " cannot be made: " + file + " is a file"));
    }

    private void fileToWrite(String what, Path file) {
        if (Files.isDirectory(file)) {
            fail(what + " " + file + " is a folder");
        }
        blockingFile(file).ifPresent(blocker -> fail(what + " " + file + " cannot be made: " + blocker + " is a file"));
    }

    /** The nearest existing ancestor of a path, when it is a file and so no folder can be made under it. */
    private static Optional<Path> blockingFile(Path path) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void fail(String message) {
        throw new UsageError(invocation, message);
    }

    /** A wrong option value found by these checks: printed as it is, in one line. */
    static final class UsageError extends ParameterException {

        private static final long serialVersionUID = 1L;

        UsageError(Invocation invocation, String message) {
            super(invocation.command(), message);
        }
    }
}
