package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvmTest;

/**
 * The {@code ./stocktake} launcher on a machine without a usable JDK: one line saying what is missing and how to
 * install it, exit status 1. It runs from a copy in a temporary folder (no jar there, so it would build) with a
 * PATH holding only what each test puts there.
 */
@ChildJvmTest
class LauncherTests {

    static final String INSTALL = "stocktake needs a JDK 17 or newer (apt-get install openjdk-17-jdk-headless)";

    @TempDir
    Path work;

    Path launcher;
    Path bin;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        launcher = Files.copy(Path.of("stocktake"), work.resolve("stocktake"), StandardCopyOption.COPY_ATTRIBUTES);
        bin = Files.createDirectories(work.resolve("bin"));
    }

    record Run(int exit, String stdout, String stderr) {
    }

    Run launch(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", launcher.toString(), "status")
                .redirectOutput(work.resolve("stdout.txt").toFile()).redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(work.resolve("stdout.txt")),
                Files.readString(work.resolve("stderr.txt")));
    }

    void fakeJava(String versionLine) throws IOException {
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\necho '" + versionLine + "' >&2\n",
                StandardCharsets.UTF_8);
        assertThat(java.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void noJavaOnThePath() throws Exception {
        assertThat(launch(Map.of())).isEqualTo(new Run(1, "", "stocktake: no java on the PATH: " + INSTALL + "\n"));
    }

    @Test
    void noJavaInJavaHome() throws Exception {
        Path home = work.resolve("jdk");
        assertThat(launch(Map.of("JAVA_HOME", home.toString())))
                .isEqualTo(new Run(1, "", "stocktake: no java in JAVA_HOME=" + home + ": " + INSTALL + "\n"));
    }

    @Test
    void javaOlderThan17() throws Exception {
        fakeJava("openjdk version \"11.0.22\" 2024-01-16");
        assertThat(launch(Map.of())).isEqualTo(new Run(1, "", "stocktake: " + bin.resolve("java")
                + " is Java 11.0.22: " + INSTALL + "\n"));

        fakeJava("java version \"1.8.0_392\"");
        assertThat(launch(Map.of())).isEqualTo(new Run(1, "", "stocktake: " + bin.resolve("java")
                + " is Java 1.8.0_392: " + INSTALL + "\n"));
    }

    @Test
    void theVersionIsReadFromTheJdksReleaseFileWithoutStartingIt() throws Exception {
        Path home = work.resolve("jdk");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        // started, it would claim 17: the release file, read first, says 11
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Debian\"\nJAVA_VERSION=\"11.0.22\"\n");

        assertThat(launch(Map.of("JAVA_HOME", home.toString(), "PATH", bin + ":/usr/bin:/bin"))).isEqualTo(new Run(1,
                "", "stocktake: " + java + " is Java 11.0.22: " + INSTALL + "\n"));
    }

    @Test
    void aJava17RuntimeWithoutJavacCannotBuild() throws Exception {
        fakeJava("openjdk version \"17.0.15\" 2025-04-15");
        assertThat(launch(Map.of())).isEqualTo(new Run(1, "", "stocktake: no javac on the PATH (a Java runtime, not a"
                + " JDK), so the application cannot be built: " + INSTALL + "\n"));
    }
}
