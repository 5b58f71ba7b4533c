package org.stocktake.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a child JVM with the test's class path, so that a heap bound such as -Xmx256m is
 * real (the test JVM's own heap is whatever Surefire gave it).
 */
public final class ChildJvm {

    /** Exit status and everything the child printed (stdout and stderr together). */
    public record Result(int exit, String output) {
    }

    private ChildJvm() {
    }

    public static Result stocktake(List<String> jvmOptions, Path work, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.stocktake.cli.StocktakeCli");
        command.addAll(List.of(args));
        Path log = Files.createTempFile(work, "child-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish in 15 minutes: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
