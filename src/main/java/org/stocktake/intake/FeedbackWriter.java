package org.stocktake.intake;

import java.nio.file.Path;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The import step's writer: writes each file's feedback files ({@link FeedbackFiles}) and reports progress. Every
 * database row of the file was written by {@link ReturnImporter}, in the processor.
 * <p>
 * The annotated copies are written on a thread of their own ({@link CopyWriter}) while the next files are imported.
 * The step ends only once every copy is written.
 */
class FeedbackWriter implements ItemWriter<FileOutcome>, StepExecutionListener {

    private final FeedbackFiles feedback;
    private final ImportProgress progress;
    private final Path outDir;
    private final CopyWriter copies = new CopyWriter("feedback copies");

    FeedbackWriter(FeedbackFiles feedback, ImportProgress progress, Path outDir) {
        this.feedback = feedback;
        this.progress = progress;
        this.outDir = outDir;
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
        copies.close();
        return stepExecution.getExitStatus();
    }
}
