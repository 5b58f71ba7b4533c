package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.testing.ChildJvm;
import org.stocktake.testing.ChildJvmTest;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.testing.SharedFiles;
import org.stocktake.testing.TestReference;

/**
 * The hostile corpus imported by the command line in a child JVM at -Xmx256m, with one good return among the
 * files: every hostile file REJECTED with a rule its manifest allows and a message for a person, the good
 * return ACCEPTED. Every proxy setting of the child points at a local listener, so any attempt to fetch
 * something (an external entity, a schema, a linked workbook) would be seen there: none may arrive.
 */
@ChildJvmTest
class HostileCorpusChildJvmTests {

    @TempDir
    Path work;

    @Test
    void everyHostileFileIsRejectedInA256MiBHeapWithoutTouchingTheNetwork() throws Exception {
        // given
        Path inbox = work.resolve("inbox");
        Map<String, Set<String>> acceptable = SharedFiles.copyHostileCorpus(inbox);
        new ReturnFixture().writeXlsx(inbox, "zz-good-return.xlsx");
        Path out = work.resolve("out");

        // when
        ChildJvm.Result run;
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket canary = new ServerSocket(0)) {
            Thread listener = new Thread(() -> {
                while (true) {
                    try (Socket s = canary.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketException closed) {
                        return;
                    } catch (Exception e) {
                        connections.incrementAndGet();
                    }
                }
            });
            listener.setDaemon(true);
            listener.start();
            String port = String.valueOf(canary.getLocalPort());
            List<String> jvm = new ArrayList<>(List.of("-Xmx256m"));
            for (String scheme : List.of("http", "https", "ftp")) {
                jvm.add("-D" + scheme + ".proxyHost=127.0.0.1");
                jvm.add("-D" + scheme + ".proxyPort=" + port);
                jvm.add("-D" + scheme + ".nonProxyHosts=");
            }
            jvm.add("-DsocksProxyHost=127.0.0.1");
            jvm.add("-DsocksProxyPort=" + port);
            run = ChildJvm.stocktake(jvm, work, "import", "--inbox", inbox.toString(),
                    "--db", "jdbc:h2:file:" + work.resolve("db/stocktake").toAbsolutePath(),
                    "--reference", TestReference.write(work.resolve("reference")).toString(),
                    "--out", out.toString(), "--as-of", "2012-11-30");
            listener.join(100);
        }

        // then
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("OutOfMemoryError");
        assertThat(connections).as("connection attempts from the child JVM").hasValue(0);
        List<CSVRecord> report = LargeImportChildJvmTests.csv(out.resolve("import-report.csv"));
        assertThat(report).hasSize(acceptable.size() + 1);
        List<String> wrong = new ArrayList<>();
        for (CSVRecord row : report) {
            String file = row.get("file");
            if (file.equals("zz-good-return.xlsx")) {
                assertThat(row.get("status")).isEqualTo("ACCEPTED");
                continue;
            }
            List<CSVRecord> issues = LargeImportChildJvmTests.csv(out.resolve(row.get("feedback")));
            List<String> rules = issues.stream().filter(i -> i.get("severity").equals("E")).map(i -> i.get("rule"))
                    .toList();
            boolean ok = row.get("status").equals("REJECTED") && !rules.isEmpty()
                    && acceptable.get(file).containsAll(rules)
                    && issues.stream().map(i -> i.get("message")).allMatch(m -> m.length() > 20
                            && !m.contains("Exception") && !m.contains("\tat ") && !m.contains("null"));
            if (!ok) {
                wrong.add(file + " " + row.get("status") + " " + rules + " "
                        + issues.stream().map(i -> i.get("message")).toList());
            }
        }
        assertThat(wrong).isEmpty();
    }
}
