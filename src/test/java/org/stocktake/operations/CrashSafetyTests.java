package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.TestReference;

/**
 * kill -9 at any moment of an import, then another run: the database ends exactly as one uninterrupted run
 * leaves it. The import runs as a child process, killed outright (SIGKILL) several times at different points,
 * then run to completion; its database is compared, content by content, with a reference run's.
 */
@ChildJvmTest
class CrashSafetyTests {

    static final Predicate<String> PROGRESS = Pattern.compile("\\[\\d+/\\d+\\] ").asPredicate();
    static final Predicate<String> SCANNED = line -> line.contains("files to look at");
    static final Duration RUN = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void killedImportsThenARerunLeaveWhatOneUninterruptedRunLeaves() throws Exception {
        Path inbox = GeneratedInbox.write(work.resolve("inbox"), 40, 4, 3000);
        Path reference = TestReference.write(work.resolve("reference"));

        String expectedUrl = h2(work.resolve("reference-db"));
        StocktakeProcess once = importInto(expectedUrl, inbox, reference, work.resolve("out-reference"));
        assertThat(once.waitFor(RUN)).as(once.output()).isZero();
        long files = once.count(PROGRESS);
        assertThat(files).isEqualTo(42);
        String expected = DatabaseContents.of(expectedUrl, "sa", "");

        String url = h2(work.resolve("crashed-db"));
        List<String> killedAt = new ArrayList<>();
        // at the first file, after a few files, a moment into a run, and again after more files
        killedAt.add(killAfter(url, inbox, reference, SCANNED, 1, Duration.ZERO));
        killedAt.add(killAfter(url, inbox, reference, PROGRESS, 3, Duration.ZERO));
        killedAt.add(killAfter(url, inbox, reference, SCANNED, 1, Duration.ofMillis(700)));
        killedAt.add(killAfter(url, inbox, reference, PROGRESS, 6, Duration.ofMillis(150)));
        StocktakeProcess rerun = importInto(url, inbox, reference, work.resolve("out"));
        assertThat(rerun.waitFor(RUN)).as(rerun.output()).isZero();

        assertThat(DatabaseContents.of(url, "sa", "")).isEqualTo(expected);
        assertThat(killedAt).allMatch(at -> !at.contains("Import finished"));
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM submission WHERE status = 'IMPORTING'")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** Starts an import, kills it once {@code count} lines matched (plus a delay); returns its output. */
    private String killAfter(String url, Path inbox, Path reference, Predicate<String> line, int count, Duration delay)
            throws InterruptedException {
        StocktakeProcess p = importInto(url, inbox, reference, work.resolve("out"));
        boolean reached = p.await(line, count, RUN);
        Thread.sleep(delay.toMillis());
        p.kill();
        String output = p.output();
        assertThat(reached).as("the run should still be going when killed:\n" + output).isTrue();
        return output;
    }

    private static StocktakeProcess importInto(String url, Path inbox, Path reference, Path out) {
        return StocktakeProcess.start(Map.of(), "import", "--db", url, "--inbox", inbox.toString(),
                "--reference", reference.toString(), "--out", out.toString(), "--as-of", GeneratedInbox.AS_OF.toString());
    }

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("stocktake").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }
}
