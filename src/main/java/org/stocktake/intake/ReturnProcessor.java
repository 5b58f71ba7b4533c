package org.stocktake.intake;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.stocktake.validation.ReturnValidator;

/** Imports one inbox file per item, inside the chunk's transaction. Not final: step scope proxies it. */
class ReturnProcessor implements ItemProcessor<InboxFile, FileOutcome> {

    private final ReturnImporter importer;
    private final ReturnValidator validator;
    private final long jobExecutionId;

    ReturnProcessor(ReturnImporter importer, ReturnValidator validator, long jobExecutionId) {
        this.importer = importer;
        this.validator = validator;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public FileOutcome process(InboxFile file) {
        return importer.importFile(file, jobExecutionId, validator);
    }
}
