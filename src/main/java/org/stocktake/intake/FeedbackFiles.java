package org.stocktake.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.feedback.Quarantine;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.output.FeedbackNames;
import org.stocktake.validation.ReturnStatus;

/**
 * Writes a file's feedback, named after its path in the inbox ({@link FeedbackNames}:
 * {@code feedback/a/return.xlsx.csv}), so same-named files in two folders keep their own: the CSV at once (and
 * removed again if the file's transaction rolls back, since that submission then never existed), and the annotated
 * copy of the workbook once the transaction has committed, so the workbook is not read again while the transaction
 * (and the file's lock) is held. The copy is for a return whose cells have issues; never for a quarantined file, a
 * duplicate (its CSV says which file it repeats) or a file that could not be opened. A copy that cannot be written
 * is logged and the import goes on: the CSV already says everything.
 */
@Component
class FeedbackFiles {

    private static final Logger log = LoggerFactory.getLogger(FeedbackFiles.class);

    private final String author;

    FeedbackFiles(@Value("${stocktake.feedback.author:" + AnnotatedFeedback.DEFAULT_AUTHOR + "}") String author) {
        this.author = author;
    }

    /**
     * Writes a file's feedback as the class says, handing the annotated copy (the slow part, for a return with issues)
     * to {@code copyWriter}, which may run it later: at once outside a transaction, once it has committed inside one.
     */
    void write(FileOutcome o, Path outDir, Executor copyWriter) {
        String name = FeedbackNames.of(o.file().name());
        Path csv = FeedbackCsv.write(outDir, o.file().name(), name, o.issues());
        boolean copy = o.status() != ReturnStatus.DUPLICATE && Quarantine.allowsCopy(o.status(), o.issues())
                && AnnotatedFeedback.applies(o.issues());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (copy) {
                copyWriter.execute(() -> annotate(o, name, outDir));
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    if (copy) {
                        copyWriter.execute(() -> annotate(o, name, outDir));
                    }
                } else {
                    deleteQuietly(csv);
                }
            }
        });
    }

    private void annotate(FileOutcome o, String name, Path outDir) {
        try {
            AnnotatedFeedback.write(o.file().path(), o.file().name(), name, o.issues(), outDir, author);
        } catch (IOException | RuntimeException e) {
            // The exception's class only: a message from the workbook layers may quote cell content.
            log.warn("annotated feedback for {} not written ({}); its CSV feedback stands", o.file().name(),
                    e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not remove {}, the feedback of a file whose import was rolled back", file);
        }
    }
}
