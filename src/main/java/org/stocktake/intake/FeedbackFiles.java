package org.stocktake.intake;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.feedback.Quarantine;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.validation.ReturnStatus;

/**
 * Writes a file's feedback: {@code feedback/<file name>.csv} at once, and the annotated copy of the workbook
 * once the file's transaction has committed, so the workbook is not read again while the transaction (and the
 * file's lock) is held. The copy is for a return whose cells have issues; never for a quarantined file, a
 * duplicate, or a file that could not be opened. A copy that cannot be written is logged and the import goes on:
 * the CSV already says everything.
 */
@Component
class FeedbackFiles {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiles.class);

    void write(FileOutcome o, Path outDir) {
        FeedbackCsv.write(outDir, o.file().name(), o.file().baseName(), o.issues());
        if (o.status() == ReturnStatus.DUPLICATE || !Quarantine.allowsCopy(o.status(), o.issues())
                || !AnnotatedFeedback.applies(o.issues())) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    annotate(o, outDir);
                }
            });
        } else {
            annotate(o, outDir);
        }
    }

    private static void annotate(FileOutcome o, Path outDir) {
        try {
            AnnotatedFeedback.write(o.file().path(), o.file().name(), o.file().baseName(), o.issues(), outDir);
        } catch (IOException | RuntimeException e) {
            // The exception's class only: a message from the workbook layers may quote cell content.
            log.warn("annotated feedback for {} not written ({}); its CSV feedback stands", o.file().name(),
                    e.getClass().getSimpleName());
        }
    }
}
