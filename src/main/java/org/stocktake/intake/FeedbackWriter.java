package org.stocktake.intake;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The import step's writer: writes each file's feedback files ({@link FeedbackFiles}) and reports progress. Every
 * database row of the file was written by {@link ReturnImporter}, in the processor.
 * <p>
 * The annotated copies (the slow part of the feedback, for a return with issues) are written on a thread of their own
 * while the next files are imported, one at a time, in the order the files committed. A few may wait; beyond that the
 * import thread writes the copy itself, so memory stays bounded. The step ends only once every copy is written.
 */
class FeedbackWriter implements ItemWriter<FileOutcome>, StepExecutionListener {

    static final int WAITING_COPIES = 8;

    private final FeedbackFiles feedback;
    private final ImportProgress progress;
    private final Path outDir;
    private final ThreadPoolExecutor copies;

    FeedbackWriter(FeedbackFiles feedback, ImportProgress progress, Path outDir) {
        this.feedback = feedback;
        this.progress = progress;
        this.outDir = outDir;
        this.copies = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING_COPIES),
                task -> {
                    Thread t = new Thread(task, "feedback copies");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) {
        for (FileOutcome o : chunk) {
            feedback.write(o, outDir, copies);
            progress.done(o);
        }
    }

    /** Waits for the copies still being written: when the step ends, every file's feedback is in place. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        copies.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (copies.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // a stop asked for: the copies of committed files are still written
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return stepExecution.getExitStatus();
    }
}
