package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktake.cli.Console.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.TestReference;

/**
 * Option values a person gets wrong are one-line usage errors with exit status 2, found before anything
 * starts: no database is opened (so no job instance is created) and no log is written.
 */
class UsageErrorsTests {

    @TempDir
    Path work;

    String[] withDatabase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", "jdbc:h2:file:" + work.resolve("db/stocktake"),
                "--reference", TestReference.write(work.resolve("reference")).toString()));
        return all.toArray(String[]::new);
    }

    @Test
    void anInboxThatIsNotAFolderStopsImportNightlyAndScheduleBeforeTheyStart() throws IOException {
        Path missing = work.resolve("nonexistent");
        Path file = Files.writeString(work.resolve("inbox.txt"), "not a folder");
        for (String command : List.of("import", "nightly", "schedule")) {
            for (Path inbox : List.of(missing, file)) {
                // when
                Console run = Console.run(withDatabase(command, "--inbox", inbox.toString()));

                // then
                assertThat(run.status()).as(command).isEqualTo(2);
                assertThat(run.err()).isEqualTo(line("stocktake: the inbox " + inbox + " is not a folder"));
                assertThat(run.out()).isEmpty();
            }
        }
        assertThat(work.resolve("db")).as("no database opened, no job instance, no log").doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileOrLiesUnderOne() throws IOException {
        Path file = Files.writeString(work.resolve("out.txt"), "not a folder");

        Console intoFile = Console.run(withDatabase("import", "--inbox", work.toString(), "--out", file.toString()));
        assertThat(intoFile.status()).isEqualTo(2);
        assertThat(intoFile.err()).isEqualTo(line("stocktake: the output folder " + file + " is a file, not a folder"));

        Path under = file.resolve("packs");
        Console underFile = Console.run(withDatabase("pack", "--period", "2012-13 Q2", "--out", under.toString()));
        assertThat(underFile.status()).isEqualTo(2);
        assertThat(underFile.err()).isEqualTo(line("stocktake: the output folder " + under + " cannot be made: "
                + file + " is a file"));

        Console samples = Console.run("samples", "--dir", file.toString());
        assertThat(samples.status()).isEqualTo(2);
        assertThat(samples.err()).isEqualTo(line("stocktake: the folder " + file + " is a file, not a folder"));
        assertThat(work.resolve("db")).doesNotExist();
    }

    @Test
    void aReferenceFolderThatDoesNotExistOrHasNoRegister() throws IOException {
        Path missing = work.resolve("no-such-reference");
        Path empty = Files.createDirectories(work.resolve("empty-reference"));
        Files.writeString(empty.resolve("ledger.csv"), TestReference.LEDGER);
        Path file = Files.writeString(work.resolve("reference.csv"), TestReference.PILOTS);
        String db = "jdbc:h2:file:" + work.resolve("db/stocktake");

        assertThat(Console.run("status", "--db", db, "--reference", missing.toString()))
                .isEqualTo(new Console(2, "", line("stocktake: the reference folder " + missing + " does not exist")));
        assertThat(Console.run("import", "--db", db, "--inbox", work.toString(), "--reference", empty.toString()))
                .isEqualTo(new Console(2, "", line("stocktake: the reference folder " + empty
                        + " has no pilots.csv (the register of pilot areas)")));
        assertThat(Console.run("template", "--area", "E08000025", "--period", "2012-13 Q3", "--db", db,
                "--reference", file.toString()))
                .isEqualTo(new Console(2, "", line("stocktake: the reference folder " + file + " is not a folder")));
        assertThat(work.resolve("db")).doesNotExist();
    }

    @Test
    void aDatabaseStocktakeCannotUseAndALogFileThatIsAFolder() {
        assertThat(Console.run("status", "--db", "jdbc:mysql://db/stocktake?user=st&password=secret"))
                .isEqualTo(new Console(2, "", line("stocktake: --db jdbc:mysql://db/stocktake?user=st&password=***"
                        + " is not a database stocktake can use: give jdbc:h2:file:PATH or"
                        + " jdbc:postgresql://HOST:PORT/NAME")));

        assertThat(Console.run(withDatabase("status", "--log", work.toString())))
                .isEqualTo(new Console(2, "", line("stocktake: the log file " + work + " is a folder")));
        assertThat(Console.run(withDatabase("--log", work.toString(), "figures", "--period", "2012-13 Q2")))
                .as("--log before the command's name").isEqualTo(new Console(2, "",
                        line("stocktake: the log file " + work + " is a folder")));
        assertThat(work.resolve("db")).doesNotExist();
    }

    @Test
    void mistypedCommandLinesAreOneLineWithWhereTheHelpIs() {
        assertThat(Console.run("import", "--no-such-option")).isEqualTo(new Console(2, "",
                line("stocktake: Unknown option: '--no-such-option' (see stocktake import --help)")));
        assertThat(Console.run("figures", "--period", "2012-14 Q1")).isEqualTo(new Console(2, "",
                line("stocktake: Invalid value for option '--period': '2012-14 Q1' is not a reporting period; write"
                        + " it like 2012-13 Q1 (see stocktake figures --help)")));
        assertThat(Console.run("figures")).isEqualTo(new Console(2, "",
                line("stocktake: Missing required option: '--period=P' (see stocktake figures --help)")));

        Console none = Console.run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith(line("stocktake: which command?") + "Usage: stocktake")
                .contains("Commands:", "  nightly ");
    }

    @Test
    void helpIsShownWhateverTheOtherOptionsSay() {
        Console help = Console.run("import", "--inbox", work.resolve("nonexistent").toString(), "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: stocktake import").contains("--log=FILE", "--debug");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void everyCommandIsListedThoughACommandLineGetsOnlyTheCommandsItNames() {
        // with no command named, help lists all twelve, in their order
        assertThat(Console.run("--help").out().lines().filter(l -> l.matches("  [a-z]+ .*")).map(l -> l.split(" +")[1]))
                .containsExactly("import", "reconcile", "figures", "pack", "nightly", "schedule", "status", "samples",
                        "template", "bench", "serve", "users");
        // a mistyped command is still offered the list
        Console mistyped = Console.run("statsu");
        assertThat(mistyped.status()).isEqualTo(2);
        assertThat(mistyped.err()).isEqualTo(line("stocktake: Unmatched argument at index 0: 'statsu'"
                + " (see stocktake --help)"));
        // an option's value that is also a command's name stays a value
        Console help = Console.run("import", "--inbox", "status", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: stocktake import");
    }
}
