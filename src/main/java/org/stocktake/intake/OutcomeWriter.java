package org.stocktake.intake;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.storage.RunLogStore;
import org.stocktake.validation.ReturnStatus;

/**
 * Logs each file's outcome for the import report, writes its feedback files (the CSV, and the annotated copy
 * of the workbook when it has issues) and reports progress.
 */
class OutcomeWriter implements ItemWriter<FileOutcome> {

    private static final Logger log = LoggerFactory.getLogger(OutcomeWriter.class);

    private final RunLogStore runLog;
    private final ImportProgress progress;
    private final Path outDir;
    private final long jobExecutionId;

    OutcomeWriter(RunLogStore runLog, ImportProgress progress, Path outDir, long jobExecutionId) {
        this.runLog = runLog;
        this.progress = progress;
        this.outDir = outDir;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> chunk) {
        for (FileOutcome o : chunk) {
            runLog.add(jobExecutionId, new RunLogStore.RunFile(runLog.nextSeq(jobExecutionId), o.file().name(),
                    o.sha256(), o.status().name(), o.areaCode(), o.period(), (int) o.errors(), (int) o.warnings(),
                    o.submissionId(), o.supersedes()));
            FeedbackCsv.write(outDir, o.file().name(), o.file().baseName(), o.issues());
            annotate(o);
            progress.done(o);
        }
    }

    /**
     * The annotated copy, for a return whose cells have issues. Never for a quarantined file (it holds personal
     * data), a duplicate, or a file that could not be opened. A failure here is logged and the import goes on:
     * the CSV already says everything.
     */
    private void annotate(FileOutcome o) {
        if (o.status() == ReturnStatus.QUARANTINED || o.status() == ReturnStatus.DUPLICATE
                || !AnnotatedFeedback.applies(o.issues())) {
            return;
        }
        try {
            AnnotatedFeedback.write(o.file().path(), o.file().name(), o.file().baseName(), o.issues(), outDir);
        } catch (IOException | RuntimeException e) {
            // The exception's class only: a message from the workbook layers may quote cell content.
            log.warn("annotated feedback for {} not written ({}); its CSV feedback stands", o.file().name(),
                    e.getClass().getSimpleName());
        }
    }
}
