package org.stocktake.intake;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The import step's writer: writes each file's feedback files ({@link FeedbackFiles}) and reports progress. Every
 * database row of the file was written by {@link ReturnImporter}, in the processor.
 */
class FeedbackWriter implements ItemWriter<FileOutcome> {

    private final FeedbackFiles feedback;
    private final ImportProgress progress;
    private final Path outDir;

    FeedbackWriter(FeedbackFiles feedback, ImportProgress progress, Path outDir) {
        this.feedback = feedback;
        this.progress = progress;
        this.outDir = outDir;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) {
        for (FileOutcome o : chunk) {
            feedback.write(o, outDir);
            progress.done(o);
        }
    }
}
