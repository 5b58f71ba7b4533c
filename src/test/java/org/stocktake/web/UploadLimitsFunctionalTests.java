package org.stocktake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.testing.PortalFixture.PASSWORD;
import static org.stocktake.testing.PortalFixture.SUBMITTER_A;
import static org.stocktake.testing.PortalFixture.SUBMITTER_B;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;
import org.stocktake.intake.CopyWriter;
import org.stocktake.standard.CodeList;
import org.stocktake.testing.PortalClient;
import org.stocktake.testing.PortalClient.Page;
import org.stocktake.testing.PortalFixture.Fixture;
import org.stocktake.testing.PortalTest;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.Uploads;
import org.stocktake.workbook.WorkbookLimits;

/**
 * The edges of an upload: a file over 50 MiB is refused with a page and the server goes on serving; an upload whose
 * import takes a while is followed on a progress page (which works without JavaScript) until it is done; an upload
 * that finds every import thread and the queue taken is asked to come back.
 */
@PortalTest
class UploadLimitsFunctionalTests {

    static final long LIMIT = WorkbookLimits.DEFAULT.maxFileBytes();

    @LocalServerPort
    int port;

    @Autowired
    Fixture fixture;

    @Autowired
    UploadImports imports;

    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize maxFileSize;

    PortalClient officer;
    CountDownLatch release;

    @BeforeEach
    void signIn() {
        fixture.reset();
        Submissions.deleteAll(fixture.jdbc());
        officer = signedIn(SUBMITTER_A);
    }

    @AfterEach
    void unblock() {
        if (release != null) {
            release.countDown();
        }
        imports.waitAtMost(Duration.ofSeconds(60));
    }

    @Test
    void theUploadLimitIsTheStandardsFileLimit() {
        assertThat(maxFileSize.toBytes()).isEqualTo(LIMIT).isEqualTo(50L * 1024 * 1024);
    }

    @Test
    void aFileOverFiftyMibIsRefusedWithAPageAndTheServerGoesOnServing() {
        // when: one byte over the limit, streamed
        Page answer = officer.upload("huge.xlsx", () -> Uploads.zeros(LIMIT + 1), LIMIT + 1);

        // then
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.html().select("h1").text()).isEqualTo("The file is too large");
        assertThat(answer.html().select("main p").first().text())
                .isEqualTo("A return must be 50 MB or smaller. Nothing of this file was kept.");
        assertThat(Uploads.rows(fixture.jdbc())).isEqualTo(Uploads.noRows());
        assertThat(fixture.audit()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::detail)
                .contains(tuple(SUBMITTER_A, AuditAction.UPLOAD,
                        "refused, larger than 50 MB (nothing was read)"));
        // a new connection is answered, and so is the same session
        PortalClient next = signedIn(SUBMITTER_B);
        assertThat(next.get("/").status()).isEqualTo(200);
        assertThat(officer.get("/submissions/new").status()).isEqualTo(200);
    }

    @Test
    void anUploadThatTakesAWhileIsFollowedOnAProgressPageUntilItIsDone() throws Exception {
        // given: every import thread busy, and a request that waits a moment only
        release = occupyEveryImportThread();
        imports.waitAtMost(Duration.ofMillis(200));

        // when
        Page answer = officer.upload("birmingham.xlsx", Uploads.xlsx(Uploads.areaA()));

        // then: a progress page that works without JavaScript
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).matches("/uploads/[0-9a-f-]{36}");
        String progress = answer.location();
        Page waiting = officer.get(progress);
        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.html().select("h1").text()).isEqualTo("Checking your return");
        assertThat(waiting.html().select("a#stocktake-check-again").attr("href")).isEqualTo(progress);
        assertThat(waiting.html().select("meta[http-equiv]")).isEmpty();
        assertThat(officer.get(progress + "/status").body()).contains("\"finished\":false");
        // only its uploader follows it
        assertThat(signedIn(SUBMITTER_B).get(progress).status()).isEqualTo(404);

        // when the import has run
        release.countDown();
        Page done = awaitDone(progress);

        // then
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).matches("/submissions/\\d+");
        assertThat(officer.get(done.location()).html().select("main .govuk-tag").first().text()).isEqualTo("Accepted");
        assertThat(officer.get(progress + "/status").body()).contains("\"finished\":true")
                .contains("\"next\":\"" + progress + "\"");
    }

    @Test
    void aRefusalFoundAfterTheRequestIsShownOnTheProgressPage() throws Exception {
        release = occupyEveryImportThread();
        imports.waitAtMost(Duration.ofMillis(200));
        String progress = officer.upload("blackpool.xlsx", Uploads.xlsx(Uploads.areaB())).location();

        release.countDown();
        Page done = awaitDone(progress);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.html().select("h1").text()).isEqualTo("This return is for another area");
        assertThat(Uploads.rows(fixture.jdbc())).isEqualTo(Uploads.noRows());
    }

    @Test
    void anUploadFindingTheQueueFullIsAskedToComeBack() throws Exception {
        release = occupyEveryImportThread();
        int queued = imports.executor().getThreadPoolExecutor().getQueue().remainingCapacity();
        for (int i = 0; i < queued; i++) {
            imports.executor().execute(() -> await(release));
        }

        Page answer = officer.upload("birmingham.xlsx", Uploads.xlsx(Uploads.areaA()));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.html().select("h1").text())
                .isEqualTo("Sorry, too many returns are being checked at the moment");
        assertThat(Uploads.rows(fixture.jdbc())).isEqualTo(Uploads.noRows());
    }

    @Test
    void theResultDoesNotWaitForTheAnnotatedCopyWhichIsWrittenThenTheUploadDeleted() throws Exception {
        // given: the copies' thread busy
        Path written = copyOf("late-copy.xlsx");
        holdTheCopiesThread();
        Set<Path> before = uploadedCopies();

        // when
        Page answer = uploadWithAWarning("late-copy.xlsx");

        // then: its result is there, while its copy waits, and the uploaded file with it
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.location()).startsWith("/submissions/");
        assertThat(written).doesNotExist();
        assertThat(uploadedCopies()).hasSize(before.size() + 1);

        // and when the thread is free: the copy is written and the uploaded file deleted
        release.countDown();
        CountDownLatch drained = new CountDownLatch(1); // copies are written in order: this one comes after it
        imports.copies().execute(drained::countDown);
        assertThat(drained.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(written).isRegularFile();
        assertThat(uploadedCopies()).isEqualTo(before);
    }

    @Test
    void withEveryCopyPlaceTakenTheImportThreadWritesTheCopyItself() throws Exception {
        // given: the copies' thread busy and every place in its queue taken
        Path written = copyOf("overflow.xlsx");
        holdTheCopiesThread();
        for (int i = 0; i < CopyWriter.WAITING; i++) {
            imports.copies().execute(() -> await(release));
        }

        // when
        Page answer = uploadWithAWarning("overflow.xlsx");

        // then: the copy is written all the same, while the copies' thread is still held
        assertThat(answer.status()).isEqualTo(303);
        for (int i = 0; i < 100 && !Files.exists(written); i++) {
            Thread.sleep(100);
        }
        assertThat(written).isRegularFile();
        assertThat(release.getCount()).isEqualTo(1);
    }

    /** Where the annotated copy of an upload of that name is written; none is there yet. */
    private static Path copyOf(String fileName) throws IOException {
        Path copy = SubmissionDownloadsFunctionalTests.OUT.resolve(fileName + "-feedback.xlsx");
        Files.deleteIfExists(copy);
        return copy;
    }

    /** Holds the copies' thread until {@code release}. */
    private void holdTheCopiesThread() throws InterruptedException {
        release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        imports.copies().execute(() -> {
            busy.countDown();
            await(release);
        });
        assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** A return with a warning, so that it has an annotated copy. */
    private Page uploadWithAWarning(String fileName) {
        return officer.upload(fileName, Uploads.xlsx(Uploads.areaA().fundingCell(0, 2, CodeList.CENTRAL)));
    }

    private static Set<Path> uploadedCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("stocktake-upload-"))
                    .collect(Collectors.toSet());
        }
    }

    /** Fills every import thread with a task that waits for the returned latch. */
    private CountDownLatch occupyEveryImportThread() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        int threads = imports.executor().getMaxPoolSize();
        CountDownLatch running = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            imports.executor().execute(() -> {
                running.countDown();
                await(latch);
            });
        }
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        return latch;
    }

    private Page awaitDone(String progress) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Page page = officer.get(progress);
            if (!page.html().select("h1").text().equals("Checking your return")) {
                return page;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload was not done within 60 s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    PortalClient signedIn(String email) {
        return PortalClient.signedIn(port, email, PASSWORD);
    }
}
