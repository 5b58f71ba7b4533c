package org.stocktake.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, by one writer or by several at once. */
class WholeFilesTests {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsWrittenInANewFolderAndAnOldOneReplaced() throws Exception {
        Path target = dir.resolve("packs/stocktake.pdf");

        WholeFiles.write(target, out -> out.write(bytes("first")));
        WholeFiles.write(target, out -> out.write(bytes("second")));

        assertThat(target).hasContent("second");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWriterThatFailsLeavesTheTargetAsItWasAndNoPartialFile() throws Exception {
        Path target = Files.writeString(dir.resolve("copy.xlsx"), "as it was");

        assertThatThrownBy(() -> WholeFiles.write(target, out -> {
            out.write(bytes("half"));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> WholeFiles.write(target, out -> {
            out.write(bytes("half"));
            throw new IllegalStateException("the exporter failed");
        })).hasMessage("the exporter failed");

        assertThat(target).hasContent("as it was");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void writersOfOneTargetAtTheSameMomentEachMoveAWholeFileIntoPlace() throws Exception {
        Path target = dir.resolve("template.xlsx");
        int writers = 4;
        CountDownLatch allWriting = new CountDownLatch(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Path>> written = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String text = ("writer " + i + " ").repeat(10_000);
                written.add(pool.submit(() -> WholeFiles.write(target, out -> {
                    out.write(bytes(text.substring(0, text.length() / 2)));
                    allWriting.countDown();
                    await(allWriting);
                    out.write(bytes(text.substring(text.length() / 2)));
                })));
            }
            for (Future<Path> f : written) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(target);
            }
        } finally {
            pool.shutdownNow();
        }
        String content = Files.readString(target);
        assertThat(content).matches("(writer \\d )+");
        assertThat(content).isEqualTo(content.substring(0, 9).repeat(10_000));
        assertThat(files()).containsExactly(target);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
