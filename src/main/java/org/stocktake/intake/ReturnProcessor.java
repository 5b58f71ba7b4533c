package org.stocktake.intake;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.stocktake.validation.ReturnValidator;

/**
 * Imports one inbox file per item, inside the chunk's transaction: every database row of the file
 * ({@link ReturnImporter}). Not final: step scope proxies it.
 */
class ReturnProcessor implements ItemProcessor<IncomingFile, FileOutcome> {

    private final ReturnImporter importer;
    private final ReturnValidator validator;
    private final long jobExecutionId;
    private final ImportProgress progress;

    ReturnProcessor(ReturnImporter importer, ReturnValidator validator, long jobExecutionId, ImportProgress progress) {
        this.progress = progress;
        this.importer = importer;
        this.validator = validator;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public FileOutcome process(IncomingFile file) {
        FileOutcome outcome = importer.importInboxFile(file, jobExecutionId, validator);
        if (outcome == null) {
            progress.seenBefore(file); // filtered: neither reported nor given feedback again
        }
        return outcome;
    }
}
