package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.stocktake.validation.ReturnStatus;

/** The import step's writer hands the annotated copies to a thread of its own and waits for them when the step ends. */
class FeedbackWriterTests {

    /** Records, per file, the thread its copy was written on; each copy waits until the test lets it go. */
    static final class RecordingFeedback extends FeedbackFiles {

        final List<String> threads = new ArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        RecordingFeedback() {
            super("test");
        }

        @Override
        void write(FileOutcome o, Path outDir, Executor copyWriter) {
            copyWriter.execute(() -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                synchronized (threads) {
                    threads.add(o.file().name() + "@" + Thread.currentThread().getName());
                }
            });
        }
    }

    @Test
    void copiesAreWrittenOffTheImportThreadAndAllDoneWhenTheStepEnds() throws Exception {
        // given a writer whose copies wait, and one file more than it lets wait besides the one being written
        RecordingFeedback feedback = new RecordingFeedback();
        FeedbackWriter writer = new FeedbackWriter(feedback, new ImportProgress(), Path.of("out"));
        int files = CopyWriter.WAITING + 2;

        // when the step writes them: the last ones do not fit the queue, so the import thread writes one itself
        Thread importThread = new Thread(() -> {
            for (int i = 0; i < files; i++) {
                writer.write(Chunk.of(outcome("f" + i + ".xlsx")));
            }
        }, "import");
        importThread.start();
        importThread.join(500);
        assertThat(importThread.isAlive()).as("the import thread writes the copy that does not fit").isTrue();
        assertThat(feedback.threads).isEmpty();
        feedback.release.countDown();
        importThread.join(10_000);
        Thread end = new Thread(() -> writer.afterStep(MetaDataInstanceFactory.createStepExecution()), "step end");
        end.start();
        end.join(10_000);

        // then every copy is written once the step has ended: one by the import thread, the rest in order by the copies'
        assertThat(end.isAlive()).isFalse();
        List<String> copies = List.copyOf(feedback.threads);
        assertThat(copies).hasSize(files).contains("f" + (files - 1) + ".xlsx@import");
        assertThat(copies).filteredOn(c -> !c.endsWith("@import")).containsExactly(IntStream.range(0, files - 1)
                .mapToObj(i -> "f" + i + ".xlsx@feedback copies").toArray(String[]::new));
    }

    private static FileOutcome outcome(String name) {
        return new FileOutcome(new IncomingFile(Path.of(name), name, 1), "sha", ReturnStatus.REJECTED, "E06000009",
                "2012-13 Q2", 1, 0, 1L, null, null, List.of(), 0, Duration.ofMillis(1));
    }
}
