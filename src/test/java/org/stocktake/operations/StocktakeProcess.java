package org.stocktake.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code stocktake} run as a separate JVM on the test class path, as cron or systemd would run it: so a test
 * can kill it outright (SIGKILL), stop it (SIGTERM), or run two at once against one database.
 */
final class StocktakeProcess {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private StocktakeProcess(Process process) {
        this.process = process;
        this.pump = new Thread(this::pump, "child-output");
        pump.setDaemon(true);
        pump.start();
    }

    static StocktakeProcess start(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.stocktake.cli.StocktakeCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new StocktakeProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed
        }
    }

    /** Waits until {@code count} lines of the output match; false when the process ended or time ran out. */
    boolean await(Predicate<String> line, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (lines.stream().filter(line).count() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !pump.isAlive())) {
                    return false;
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
            return true;
        }
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no hook, no rollback, no close
        process.waitFor(30, TimeUnit.SECONDS);
        pump.join(5000);
    }

    void terminate() {
        // SIGTERM through the handle: Process.destroy() would also close our end of the child's output, so
        // nothing it says while stopping could be read (and its writes would fail)
        process.toHandle().destroy();
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("stocktake did not end within " + timeout + ":\n" + output());
        }
        pump.join(5000);
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    long count(Predicate<String> line) {
        synchronized (lines) {
            return lines.stream().filter(line).count();
        }
    }
}
