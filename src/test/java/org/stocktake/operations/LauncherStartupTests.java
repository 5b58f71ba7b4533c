package org.stocktake.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the {@code ./stocktake} launcher starts the JVM: the jar unpacked once into target/app, a class-data sharing
 * archive per command written on its first run and mapped after, both made again when the jar changes, and the fat
 * jar run as is when it cannot be unpacked. A fake {@code java} records its arguments (and, asked to unpack or to
 * archive, does so) so each command line is asserted exactly.
 */
class LauncherStartupTests {

    static final String VERSION = "openjdk version \"17.0.15\" 2025-04-15";

    /** The launcher asks for transparent huge pages where this machine's kernel gives them on request. */
    static final String HUGE_PAGES = hugePagesOnRequest() ? " -XX:+UseTransparentHugePages" : "";

    static boolean hugePagesOnRequest() {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        try {
            return Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        } catch (IOException e) {
            return false;
        }
    }

    @TempDir
    Path work;

    Path launcher;
    Path jar;
    Path app;
    Path calls;

    @BeforeEach
    void aBuiltJarAndAFakeJava() throws IOException {
        launcher = Files.copy(Path.of("stocktake"), work.resolve("stocktake"), StandardCopyOption.COPY_ATTRIBUTES);
        jar = Files.writeString(Files.createDirectories(work.resolve("target")).resolve("stocktake.jar"), "jar");
        app = work.resolve("target/app");
        calls = work.resolve("calls.txt");
        Path bin = Files.createDirectories(work.resolve("bin"));
        // -version: the version line; extract: the unpacked jar (fails if told to); otherwise the arguments, and
        // the archive the JVM would write at exit
        String java = """
                #!/bin/bash
                [ "$1" = -version ] && { echo '%s' >&2; exit 0; }
                echo "$*" >> '%s'
                if [ "$1" = -Djarmode=tools ]; then
                  [ -f '%s' ] && exit 1
                  mkdir -p "$6" && echo app > "$6/stocktake.jar"; exit 0
                fi
                for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) echo cds > "${a#*=}" ;; esac; done
                exit 3
                """.formatted(VERSION, calls, work.resolve("no-extract"));
        Files.writeString(bin.resolve("java"), java, StandardCharsets.UTF_8);
        Files.writeString(bin.resolve("javac"), "#!/bin/sh\n", StandardCharsets.UTF_8);
        assertThat(bin.resolve("java").toFile().setExecutable(true)).isTrue();
        assertThat(bin.resolve("javac").toFile().setExecutable(true)).isTrue();
    }

    List<String> launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", work.resolve("bin") + ":/usr/bin:/bin");
        Files.deleteIfExists(calls);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the JVM's exit status").isEqualTo(3);
        return Files.readAllLines(calls);
    }

    String archive(String command) {
        return app.resolve("cds/17.0.15/" + command + ".jsa").toString();
    }

    @Test
    void theFirstRunOfACommandWritesItsArchiveAndLaterRunsMapIt() throws Exception {
        String quick = "-Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
                + " -XX:+UseParallelGC -XX:MaxNewSize=48m" + HUGE_PAGES;
        List<String> first = launch("--debug", "status", "--db", "jdbc:h2:mem:x");
        assertThat(first.get(0)).isEqualTo("-Djarmode=tools -jar " + jar + " extract --destination " + app);
        assertThat(first.get(1)).matches(Pattern.quote("-XX:ArchiveClassesAtExit=" + archive("status") + ".")
                + "\\d+" + Pattern.quote(" " + quick + " -jar " + app.resolve("stocktake.jar")
                        + " --debug status --db jdbc:h2:mem:x"));
        assertThat(first).hasSize(2);
        assertThat(Path.of(archive("status"))).hasContent("cds");
        assertThat(Files.list(Path.of(archive("status")).getParent())).hasSize(1);

        assertThat(launch("status")).containsExactly("-Xshare:auto -XX:SharedArchiveFile=" + archive("status") + " "
                + quick + " -jar " + app.resolve("stocktake.jar") + " status");
        // another command has an archive of its own; the import benchmark keeps the optimising compiler and collects
        // as the import does, the portal benchmark as the portal does (G1)
        assertThat(launch("bench", "--rows", "10")).singleElement().asString()
                .matches(Pattern.quote("-XX:ArchiveClassesAtExit=" + archive("bench") + ".") + "\\d+"
                        + Pattern.quote(" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseParallelGC -XX:MaxNewSize=128m"
                                + HUGE_PAGES + " -jar " + app.resolve("stocktake.jar") + " bench --rows 10"));
        assertThat(launch("bench", "--portal")).containsExactly("-Xshare:auto -XX:SharedArchiveFile=" + archive("bench")
                + " -Xlog:cds=off -Xlog:cds+dynamic=off -jar " + app.resolve("stocktake.jar") + " bench --portal");
        // the commands that import may grow a larger young generation
        assertThat(launch("nightly")).singleElement().asString().endsWith(" -Xlog:cds=off -Xlog:cds+dynamic=off"
                + " -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseParallelGC -XX:MaxNewSize=128m" + HUGE_PAGES
                + " -jar " + app.resolve("stocktake.jar") + " nightly");
        // help starts without an archive
        assertThat(launch("status", "--help")).containsExactly("-jar " + app.resolve("stocktake.jar") + " status --help");
    }

    @Test
    void theReadmesOptionsForC2AndG1StartAJvmAfterTheQuickOnes() throws Exception {
        String back = "-XX:TieredStopAtLevel=4 -XX:CICompilerCount=2 -XX:-UseParallelGC -XX:+UseG1GC";
        String given = "JAVA_OPTS=\"" + back + "\"";
        assertThat(Files.readString(Path.of("README.md")).replaceAll("\\s+", " ").contains(given))
                .as("the README gives %s", given).isTrue();
        assertThat(Files.readString(Path.of("stocktake")).contains(given)).as("the launcher gives %s", given).isTrue();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseParallelGC -XX:MaxNewSize=48m"
                + HUGE_PAGES).split(" ")));
        command.addAll(List.of(back.split(" ")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output).as("no warning, e.g. for huge pages").doesNotContainIgnoringCase("warning");
    }

    @Test
    void aNewJarIsUnpackedAgainAndItsArchivesMadeAgain() throws Exception {
        launch("status");
        assertThat(Path.of(archive("status"))).exists();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        List<String> afterBuild = launch("status");
        assertThat(afterBuild.get(0)).isEqualTo("-Djarmode=tools -jar " + jar + " extract --destination " + app);
        assertThat(afterBuild.get(1)).startsWith("-XX:ArchiveClassesAtExit=" + archive("status") + ".");
        assertThat(launch("status")).singleElement().asString().startsWith("-Xshare:auto");
    }

    @Test
    void aJarThatCannotBeUnpackedRunsAsItIs() throws Exception {
        Files.writeString(work.resolve("no-extract"), "");
        assertThat(launch("status")).containsExactly(
                "-Djarmode=tools -jar " + jar + " extract --destination " + app, "-jar " + jar + " status");
        assertThat(app).doesNotExist();
    }
}
