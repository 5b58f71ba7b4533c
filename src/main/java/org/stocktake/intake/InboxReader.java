package org.stocktake.intake;

import java.util.Iterator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands the inbox's files to the step one by one, and ends the step early when a stop was asked for. It keeps
 * no position: a restarted step scans again and the files already done are passed over as seen.
 */
class InboxReader implements ItemReader<IncomingFile> {

    private static final Logger log = LoggerFactory.getLogger(InboxReader.class);

    private final Iterator<IncomingFile> files;
    private final ImportStopSignal stop;
    private final StepExecution stepExecution;

    InboxReader(List<IncomingFile> files, ImportStopSignal stop, StepExecution stepExecution) {
        this.files = files.iterator();
        this.stop = stop;
        this.stepExecution = stepExecution;
    }

    @Override
    public IncomingFile read() {
        if (stop.requested()) {
            if (!stepExecution.isTerminateOnly()) {
                log.info("Stop requested: no further file is started; the next run goes on from here");
                stepExecution.setTerminateOnly();
            }
            return null;
        }
        return files.hasNext() ? files.next() : null;
    }
}
