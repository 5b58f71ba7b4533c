package org.stocktake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit statuses, the nightly run on the bundled samples, the tracker. */
class StocktakeCliFunctionalTests {

    @TempDir
    Path work;

    record Run(int status, String out) {
    }

    /** Runs a command line with its own output, not System.out, which other tests may be writing to. */
    static Run run(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        try {
            int status = StocktakeCli.execute(out, out, args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            Console.restoreTestLogging();
        }
    }

    String[] common(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--db", "jdbc:h2:file:" + work.resolve("db/stocktake"), "--out", work.resolve("out").toString(),
                "--reference", "input-samples/reference"));
        return all.toArray(String[]::new);
    }

    @Test
    void helpWorksOnEveryCommandAndUsageErrorsExitWithTwo() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("import", "reconcile", "figures", "pack", "nightly", "status", "samples");
        for (String command : List.of("import", "reconcile", "figures", "pack", "nightly", "status", "samples",
                "template")) {
            assertThat(run(command, "--help").status()).as(command).isZero();
        }
        assertThat(run("figures", "--period", "2012-14 Q1").status()).isEqualTo(2);
        assertThat(run("figures").status()).isEqualTo(2);
        assertThat(run("import", "--no-such-option").status()).isEqualTo(2);
        assertThat(run("no-such-command").status()).isEqualTo(2);
    }

    @Test
    void nightlyOnTheSamplesWritesThePackOfTheLatestPeriodAndStatusShowsTheTracker() throws Exception {
        // when
        Run nightly = run(common("nightly", "--inbox", "input-samples/returns", "--as-of", "2012-11-30"));

        // then
        assertThat(nightly.status()).isZero();
        assertThat(nightly.out()).contains("Import finished: 99 new files", "Reconciliation of 2012-13 Q2: 7 findings",
                "Stocktake pack for 2012-13 Q2:");
        // without spring.mail.host nothing is sent, and the run says so once
        assertThat(nightly.out().lines().filter(l -> l.contains("mail is not configured"))).singleElement()
                .asString().matches("Mail: nothing sent: mail is not configured \\(spring\\.mail\\.host is not set\\);"
                        + " \\d+ messages recorded as not sent, not to be retried");
        Path pack = work.resolve("out/packs/stocktake-2012-13-Q2.pdf");
        assertThat(pack).exists();
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("2012-13 Q2", "Birmingham", "E08000025");
        }
        assertThat(Files.readAllLines(work.resolve("out/findings-2012-13-Q2.csv"), StandardCharsets.UTF_8)).hasSize(8);
        assertThat(work.resolve("out/figures-2012-13-Q2.csv")).exists();
        assertThat(work.resolve("out/import-report.csv")).exists();

        Run status = run(common("status"));
        assertThat(status.status()).isZero();
        assertThat(status.out()).contains("Stocktake tracker for 2012-13 Q2",
                "Expected 17: accepted 8, with warnings 3, rejected 4, missing 2");
        assertThat(status.out().lines().filter(l -> l.contains("E09000023"))).singleElement().asString()
                .contains("Lewisham").contains("ACCEPTED").endsWith("1");
    }

    @Test
    void templateIsWrittenForARegisteredAreaAndRefusedForAnUnknownOne() {
        Run written = run(common("template", "--area", "E08000025", "--period", "2012-13 Q3"));
        assertThat(written.status()).isZero();
        assertThat(work.resolve("out/templates/E08000025-2012-13-Q3.xlsx")).exists().isNotEmptyFile();

        assertThat(run(common("template", "--area", "E06000001", "--period", "2012-13 Q3")).status()).isEqualTo(1);
        assertThat(run(common("template", "--area", "E08000025", "--period", "2012-14 Q3")).status()).isEqualTo(2);
    }
}
