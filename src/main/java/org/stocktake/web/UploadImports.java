package org.stocktake.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.intake.AreaRefusedException;
import org.stocktake.intake.CopyWriter;
import org.stocktake.intake.FileOutcome;
import org.stocktake.intake.ReturnImporter;
import org.stocktake.intake.Upload;
import org.stocktake.intake.UploadAreas;
import org.stocktake.storage.UploadJobStore;
import org.stocktake.storage.UploadJobStore.UploadJob;
import org.stocktake.users.PortalUser;
import org.stocktake.users.Role;
import org.stocktake.validation.ReturnStatus;

/**
 * Imports uploads on a bounded pool of threads ({@code stocktake.portal.import-threads}, with a queue of
 * {@code stocktake.portal.import-queue}), so a return that takes seconds
 * does not hold a request open: the request waits a little ({@code stocktake.portal.upload-wait}) and otherwise sends
 * the user to a progress page. Each upload is recorded in {@code upload_job} when it starts and when it ends, so any
 * portal node answers that page; the import goes on when the request has gone. Every upload is audited.
 */
@Component
@ConditionalOnWebApplication
class UploadImports implements DisposableBean {

    /** What became of an upload, once its import has finished. */
    enum Result {
        IMPORTED, REFUSED, FAILED
    }

    /** An upload under way: its id (the progress page's address) and, on this node, its import. */
    record Started(String id, Future<Finished> finished) {
    }

    /** A finished import: REFUSED and FAILED have no outcome. */
    record Finished(Result result, FileOutcome outcome) {
    }

    private static final Logger log = LoggerFactory.getLogger(UploadImports.class);
    private static final Duration KEEP_JOBS = Duration.ofDays(7);
    private static final int LOST_AFTER_MINUTES = 30;

    private final ReturnImporter importer;
    private final UploadJobStore jobs;
    private final Audit audit;
    private final ThreadPoolTaskExecutor executor;
    private final CopyWriter copies = new CopyWriter("upload copies");
    private final Clock clock;
    private final Path outDir;
    private final AtomicLong lastClean = new AtomicLong();
    private volatile Duration wait;

    UploadImports(ReturnImporter importer, UploadJobStore jobs, Audit audit,
            Clock clock, @Value("${stocktake.out:out}") Path outDir,
            @Value("${stocktake.portal.upload-wait:2s}") Duration wait,
            @Value("${stocktake.portal.import-threads:2}") int threads,
            @Value("${stocktake.portal.import-queue:100}") int queue) {
        this.importer = importer;
        this.jobs = jobs;
        this.audit = audit;
        this.executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("upload-import-");
        // a stopping portal finishes the imports it has begun (each is one transaction either way)
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        executor.initialize();
        this.clock = clock;
        this.outDir = outDir;
        this.wait = wait;
    }

    /**
     * Starts importing an uploaded file (a temporary copy, deleted once imported) for the user.
     *
     * @throws RejectedExecutionException when the queue of imports is full (the file is deleted)
     */
    Started start(PortalUser user, Path file, String fileName, String source) {
        forgetOldJobs();
        String id = UUID.randomUUID().toString();
        jobs.start(id, user.email(), fileName, clock.instant());
        try {
            CompletableFuture<Finished> finished = new CompletableFuture<>();
            executor.execute(() -> run(id, user, file, fileName, source, finished));
            return new Started(id, finished);
        } catch (RejectedExecutionException e) {
            deleteQuietly(file);
            jobs.finish(id, Result.FAILED.name(), null, clock.instant());
            audit.record(user.email(), AuditAction.UPLOAD, fileName + ": refused, the portal was busy", source);
            throw e;
        }
    }

    /** The import's result if it finishes within the wait; empty when it is still running. */
    Optional<Finished> await(Started started) {
        try {
            return Optional.of(started.finished().get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(new Finished(Result.FAILED, null));
        }
    }

    /**
     * True for an upload still unfinished after {@value #LOST_AFTER_MINUTES} minutes: the node importing it stopped
     * (its transaction was rolled back, so nothing of it was kept).
     */
    boolean lost(UploadJob job) {
        return !job.finished() && job.startedAt().isBefore(clock.instant().minus(Duration.ofMinutes(LOST_AFTER_MINUTES)));
    }

    /** What became of a finished upload. */
    static Result result(UploadJob job) {
        return switch (job.outcome()) {
            case "REFUSED" -> Result.REFUSED;
            case "FAILED" -> Result.FAILED;
            default -> Result.IMPORTED;
        };
    }

    /** How long a request waits for its import before showing the progress page (tests shorten it). */
    void waitAtMost(Duration wait) {
        this.wait = wait;
    }

    /**
     * Imports the upload and completes {@code finished} as soon as its result is known; then writes its annotated
     * copy under {@code --out}, if it has one, so that the officer does not wait for it (the portal's own download
     * makes the copy from the stored original).
     */
    private void run(String id, PortalUser user, Path file, String fileName, String source,
            CompletableFuture<Finished> finished) {
        List<Runnable> afterResult = new ArrayList<>();
        Runnable copyThenDelete = () -> {
            try {
                afterResult.forEach(Runnable::run);
            } finally {
                deleteQuietly(file);
            }
        };
        boolean handedOver = false;
        try {
            finished.complete(importAndRecord(id, user, file, fileName, source, afterResult::add));
            copies.execute(copyThenDelete);
            handedOver = true;
        } finally {
            finished.completeExceptionally(new IllegalStateException("the import ended without a result"));
            if (!handedOver) {
                deleteQuietly(file);
            }
        }
    }

    private Finished importAndRecord(String id, PortalUser user, Path file, String fileName, String source,
            Executor afterResult) {
        Upload upload = new Upload(file, fileName, user.email(), LocalDate.now(clock), outDir);
        try {
            FileOutcome outcome = importOnce(upload, areasOf(user), afterResult);
            Long submission = outcome.status() == ReturnStatus.DUPLICATE ? outcome.duplicateOf()
                    : outcome.submissionId();
            jobs.finish(id, outcome.status().name(), submission, clock.instant());
            audit.record(user.email(), AuditAction.UPLOAD, fileName + ": " + outcome.status()
                    + (outcome.status() == ReturnStatus.DUPLICATE ? " of submission " : ", submission ") + submission,
                    source);
            return new Finished(Result.IMPORTED, outcome);
        } catch (AreaRefusedException e) {
            jobs.finish(id, Result.REFUSED.name(), null, clock.instant());
            audit.record(user.email(), AuditAction.UPLOAD, fileName + ": refused, its Cover names an area that is not"
                    + " the uploader's; nothing was kept", source);
            return new Finished(Result.REFUSED, null);
        } catch (RuntimeException e) {
            // the class only: a message from the workbook or database layers may quote what the file holds
            log.error("Upload {} could not be imported ({}); nothing of it was kept", id, e.getClass().getName());
            log.debug("Upload {} failed", id, e);
            jobs.finish(id, Result.FAILED.name(), null, clock.instant());
            audit.record(user.email(), AuditAction.UPLOAD, fileName + ": failed, nothing was kept", source);
            return new Finished(Result.FAILED, null);
        }
    }

    /**
     * Imports the upload; when the same bytes were being imported at the same moment (by another upload, on H2 where
     * there is no lock to wait on), the import is tried once more and then finds them a duplicate.
     */
    private FileOutcome importOnce(Upload upload, UploadAreas areas, Executor afterResult) {
        try {
            return importer.importUpload(upload, areas, afterResult);
        } catch (DuplicateKeyException e) {
            return importer.importUpload(upload, areas, afterResult);
        }
    }

    /** The pool imports run on (tests fill it to see the progress page). */
    ThreadPoolTaskExecutor executor() {
        return executor;
    }

    @Override
    public void destroy() {
        executor.shutdown();
        // a stopping portal writes the copies that wait (each then deletes its upload's temporary file)
        copies.close();
    }

    /** The thread the uploads' annotated copies are written on (tests hold it). */
    CopyWriter copies() {
        return copies;
    }

    static UploadAreas areasOf(PortalUser user) {
        return user.role() == Role.CENTRAL ? UploadAreas.ANY : UploadAreas.only(user.areas());
    }

    /** At most once an hour per node: uploads older than a week are forgotten (their submissions stay). */
    private void forgetOldJobs() {
        long now = clock.millis();
        long last = lastClean.get();
        if (now - last > Duration.ofHours(1).toMillis() && lastClean.compareAndSet(last, now)) {
            jobs.deleteStartedBefore(clock.instant().minus(KEEP_JOBS));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the uploaded copy {}: {}", file, e.getClass().getSimpleName());
        }
    }
}
