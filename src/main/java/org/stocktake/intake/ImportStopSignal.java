package org.stocktake.intake;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Asks a running import to stop after the file in hand (on SIGTERM). The reader checks it before each file;
 * the step then ends STOPPED, and the next run restarts it where it stopped.
 */
@Component
public class ImportStopSignal {

    private final AtomicBoolean requested = new AtomicBoolean();

    public void request() {
        requested.set(true);
    }

    public boolean requested() {
        return requested.get();
    }
}
