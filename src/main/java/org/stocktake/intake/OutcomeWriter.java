package org.stocktake.intake;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.storage.RunLogStore;

/** Logs each file's outcome for the import report, writes its feedback file and reports progress. */
class OutcomeWriter implements ItemWriter<FileOutcome> {

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
            progress.done(o);
        }
    }
}
