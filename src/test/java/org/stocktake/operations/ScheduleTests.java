package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.TestReference;

/**
 * {@code schedule} stays running, runs nightly on its cron expression and logs each run; SIGTERM in the middle
 * of an import finishes the file in hand and exits, and the next run imports the rest.
 */
@ChildJvmTest
class ScheduleTests {

    @TempDir
    Path work;

    @Test
    void runsOnTheCronAndStopsCleanlyOnSigterm() throws Exception {
        Path inbox = GeneratedInbox.write(work.resolve("inbox"), 30, 3, 3000);
        Path reference = TestReference.write(work.resolve("reference"));
        // without AUTO_SERVER, so that H2 stays open while the file in hand finishes
        String db = "jdbc:h2:file:" + work.resolve("db/stocktake").toAbsolutePath();
        String[] common = {"--db", db, "--inbox", inbox.toString(), "--reference", reference.toString(),
                "--out", work.resolve("out").toString(), "--as-of", GeneratedInbox.AS_OF.toString()};

        StocktakeProcess schedule = StocktakeProcess.start(Map.of(), concat(new String[] {"schedule", "--cron", "*/2 * * * * *"}, common));
        assertThat(schedule.await(l -> l.contains("Next run at"), 1, Duration.ofMinutes(2))).as(schedule.output()).isTrue();
        assertThat(schedule.await(CrashSafetyTests.PROGRESS, 3, Duration.ofMinutes(2))).as(schedule.output()).isTrue();
        schedule.terminate();
        int status = schedule.waitFor(Duration.ofMinutes(2));

        String output = schedule.output();
        assertThat(output).contains("Scheduled: nightly runs on '*/2 * * * * *'", "Scheduled run starting",
                "Stop requested (SIGTERM)", "Stopped cleanly");
        assertThat(status).as(output).isIn(0, 143); // 143: ended by SIGTERM, which systemd counts as success
        long imported = schedule.count(CrashSafetyTests.PROGRESS);
        assertThat(imported).as(output).isLessThan(32);

        StocktakeProcess nightly = StocktakeProcess.start(Map.of(), concat(new String[] {"nightly"}, common));
        assertThat(nightly.waitFor(Duration.ofMinutes(3))).as(nightly.output()).isZero();
        assertThat(nightly.count(CrashSafetyTests.PROGRESS) + imported).as(nightly.output()).isEqualTo(32);
        assertThat(nightly.output()).containsPattern(Pattern.compile("Import finished: \\d+ new files"));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
