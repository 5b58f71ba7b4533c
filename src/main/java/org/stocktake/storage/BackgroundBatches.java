package org.stocktake.storage;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.springframework.dao.DataAccessException;
import org.stocktake.validation.FamilyRecord;

/**
 * Inserts batches of family records on a thread of their own, one at a time and in the order given, while the
 * thread that reads the sheet goes on. The queue holds one batch, so the reader waits when it gets ahead (memory
 * stays bounded). The first failure is kept: later batches are passed over, and the reader gets the failure at its
 * next {@link #submit} or at {@link #finish}.
 */
final class BackgroundBatches {

    /** Inserts one batch on the transaction's connection. */
    interface Inserter {
        void insert(List<FamilyRecord> batch) throws SQLException;
    }

    private static final List<FamilyRecord> END = List.of();

    private final BlockingQueue<List<FamilyRecord>> queue = new ArrayBlockingQueue<>(1);
    private final Inserter inserter;
    private final Function<SQLException, DataAccessException> translate;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean abandoned;

    BackgroundBatches(Inserter inserter, Function<SQLException, DataAccessException> translate) {
        this.inserter = inserter;
        this.translate = translate;
        this.thread = new Thread(this::run, "family-records-" + Thread.currentThread().getName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Hands a batch over, waiting while the one before it is still queued; an empty batch is skipped. */
    void submit(List<FamilyRecord> batch) {
        rethrow();
        if (!batch.isEmpty()) {
            put(batch);
        }
    }

    /** Waits until every batch handed over is inserted. */
    void finish() {
        put(END);
        join();
        rethrow();
    }

    /** Stops after the batch being inserted, passing over what is queued, and waits for it. */
    void abandon() {
        abandoned = true;
        queue.clear();
        queue.offer(END);
        join();
    }

    private void run() {
        try {
            for (List<FamilyRecord> batch = queue.take(); batch != END; batch = queue.take()) {
                if (failure == null && !abandoned) {
                    try {
                        inserter.insert(batch);
                    } catch (SQLException | RuntimeException | Error e) {
                        failure = e; // kept for the reader; this thread goes on taking batches, so it never waits
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<FamilyRecord> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IllegalStateException("interrupted while storing family records", e);
        }
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the connection must be idle before anyone else uses it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        Throwable e = failure;
        if (e instanceof SQLException sql) {
            throw translate.apply(sql);
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        }
    }
}
