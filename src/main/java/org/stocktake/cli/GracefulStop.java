package org.stocktake.cli;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stocktake.intake.ImportStopSignal;

/**
 * On SIGTERM (systemd stop, kill, Ctrl-C): asks the running import to stop after the file in hand and waits
 * until the command has finished and closed its context, so the JVM exits with nothing half done. Spring's own
 * shutdown hook is off for these commands: it would close the database pool under the running job.
 *
 * <p>The import is stopped with a flag of this process, not with {@code JobOperator.stop}, which finds running
 * executions through the shared job repository and could stop another node's run.
 */
final class GracefulStop {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final ImportStopSignal importStop;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Object sleeping = new Object();
    private volatile boolean requested;

    private GracefulStop(ImportStopSignal importStop) {
        this.importStop = importStop;
    }

    static GracefulStop install(ImportStopSignal importStop) {
        GracefulStop stop = new GracefulStop(importStop);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::onSignal, "stocktake-graceful-stop"));
        return stop;
    }

    boolean requested() {
        return requested;
    }

    /** Sleeps until the given time; false when a stop came first. */
    boolean sleepUntil(ZonedDateTime when) {
        synchronized (sleeping) {
            while (!requested) {
                long millis = Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis();
                if (millis <= 0) {
                    return true;
                }
                try {
                    sleeping.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    /** The command has finished and closed what it opened: the JVM may go. */
    void finished() {
        finished.countDown();
    }

    private void onSignal() {
        if (finished.getCount() == 0) {
            return; // an ordinary exit, not a signal
        }
        requested = true;
        log.info("Stop requested (SIGTERM): finishing the file in hand, then exiting");
        importStop.request();
        synchronized (sleeping) {
            sleeping.notifyAll();
        }
        try {
            if (!finished.await(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Still busy after {}; exiting anyway (the next run repeats the unfinished file)", LONGEST_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Stopped cleanly");
    }
}
