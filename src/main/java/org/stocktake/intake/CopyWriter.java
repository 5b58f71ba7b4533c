package org.stocktake.intake;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The thread the annotated copies are written on (the slow part of the feedback, for a return with issues), so that
 * the importing thread goes on to the next file as soon as one has committed: the import step's copies and the
 * portal's. Copies are written one at a time, in the order they were handed over. A few may wait
 * ({@value #WAITING}); beyond that, and once closed, the caller writes a copy itself, so memory stays bounded and no
 * copy is dropped. {@link #close} returns once every copy handed over is written.
 */
public final class CopyWriter implements Executor, AutoCloseable {

    public static final int WAITING = 8;

    private final ThreadPoolExecutor thread;

    public CopyWriter(String threadName) {
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                task -> {
                    Thread t = new Thread(task, threadName);
                    t.setDaemon(true);
                    return t;
                }, (copy, pool) -> copy.run()); // unlike CallerRunsPolicy, which drops a task once shut down
    }

    @Override
    public void execute(Runnable copy) {
        thread.execute(copy);
    }

    /** Waits for the copies still being written; a stop asked for meanwhile is kept for the caller. */
    @Override
    public void close() {
        thread.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (thread.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the copies of committed files are still written
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
