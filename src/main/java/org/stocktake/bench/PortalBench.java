package org.stocktake.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal benchmark behind {@code ./stocktake bench --portal}: simulated pilot officers, each signed in with their
 * own session, loop for a while over what an officer does: open the upload form, upload one of their area's sample
 * returns (made a new file each time, so every upload is imported rather than found a duplicate), read the
 * submission's page and their area's history. Every request is timed; the floor is {@code GET /actuator/health},
 * timed in the same loop, so the figures can be read as ratios on any machine. The officers first run unmeasured for
 * a warm-up: a portal runs for days, and in its first minute the JVM's compilers take a fifth of the CPU.
 */
public final class PortalBench {

    /** One simulated officer: who signs in, their area and the sample returns they upload in turn. */
    public record Officer(String email, String password, String areaCode, List<Path> returns) {
    }

    /** How many officers, how long they run before the clock starts (unmeasured), and how long they are measured. */
    public record Options(int users, Duration warmUp, Duration duration) {
    }

    static final String FLOOR = "GET /actuator/health (floor)";
    static final String FORM = "GET /submissions/new";
    static final String UPLOAD = "POST /submissions, to its result";
    static final String SUBMISSION = "GET /submissions/{id}";
    static final String AREA = "GET /areas/{code}";
    private static final List<String> PAGES = List.of(FLOOR, FORM, UPLOAD, SUBMISSION, AREA);

    private final URI base;
    private final Options options;
    private final PrintStream out;
    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong uniqueness = new AtomicLong();
    private volatile long measuredFrom = Long.MAX_VALUE;

    public PortalBench(URI base, Options options, PrintStream out) {
        this.base = base;
        this.options = options;
        this.out = out;
        PAGES.forEach(page -> nanos.put(page, new ConcurrentLinkedQueue<>()));
    }

    /**
     * Signs the officers in (a slow password hash each, before the clock starts: the users are signed in when the
     * measurement begins), runs them at once for the duration, then prints per request the count and p50/p95/p99.
     */
    public void run(List<Officer> officers) throws Exception {
        out.printf(Locale.UK, "Portal bench: %d signed-in officers, %d s unmeasured then %d s measured, against %s%n",
                officers.size(), options.warmUp().toSeconds(), options.duration().toSeconds(), base);
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        try {
            List<Future<PortalSession>> signingIn = new ArrayList<>();
            for (Officer officer : officers) {
                signingIn.add(pool.submit(() -> signedIn(officer)));
            }
            List<PortalSession> sessions = new ArrayList<>();
            for (Future<PortalSession> f : signingIn) {
                sessions.add(f.get());
            }
            Heap.resetPeaks();
            long started = System.nanoTime() + options.warmUp().toNanos();
            measuredFrom = started;
            long end = started + options.duration().toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < officers.size(); i++) {
                Officer officer = officers.get(i);
                PortalSession session = sessions.get(i);
                if (session != null) {
                    running.add(pool.submit(() -> {
                        officerLoop(officer, session, end);
                        return null;
                    }));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
            print((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The officer's signed-in session, or null (an error) when the sign-in fails. */
    private PortalSession signedIn(Officer officer) throws Exception {
        PortalSession session = new PortalSession(base);
        if (!session.signIn(officer.email(), officer.password())) {
            errors.add(officer.email() + " could not sign in");
            return null;
        }
        return session;
    }

    private void officerLoop(Officer officer, PortalSession session, long end) throws Exception {
        for (int turn = 0; System.nanoTime() < end; turn++) {
            timed(FLOOR, () -> session.get("/actuator/health"), 200);
            PortalSession.Answer form = timed(FORM, () -> session.get("/submissions/new"), 200);
            Path file = officer.returns().get(turn % officer.returns().size());
            byte[] bytes = unique(Files.readAllBytes(file));
            long t0 = System.nanoTime();
            PortalSession.Answer answer = session.upload(PortalSession.csrf(form), file.getFileName().toString(), bytes);
            if (answer.status() == 303 && answer.location().startsWith("/uploads/")) {
                // the import took longer than the request waits: its progress page answers 200 until it is done
                String progress = answer.location();
                do {
                    Thread.sleep(100);
                    answer = session.get(progress);
                } while (answer.status() == 200);
            }
            if (answer.status() != 303 || !answer.location().startsWith("/submissions/")) {
                errors.add(UPLOAD + ": " + answer.status() + " " + answer.location());
                continue;
            }
            record(UPLOAD, t0);
            String page = answer.location();
            PortalSession.Answer submission = timed(SUBMISSION, () -> session.get(page), 200);
            if (measured(t0)) {
                count(submission.body());
            }
            timed(AREA, () -> session.get("/areas/" + officer.areaCode()), 200);
        }
    }

    private interface Request {
        PortalSession.Answer send() throws IOException, InterruptedException;
    }

    private PortalSession.Answer timed(String what, Request request, int expected) throws Exception {
        long t0 = System.nanoTime();
        PortalSession.Answer answer = request.send();
        if (answer.status() != expected) {
            errors.add(what + ": " + answer.status());
        } else {
            record(what, t0);
        }
        return answer;
    }

    /** Records a request that started at {@code t0} and has just been answered, unless it started in the warm-up. */
    private void record(String what, long t0) {
        if (measured(t0)) {
            nanos.get(what).add(System.nanoTime() - t0);
        }
    }

    /** Whether a request that started at {@code t0} is measured: it did not start in the warm-up. */
    private boolean measured(long t0) {
        return t0 >= measuredFrom;
    }

    /** Counts the statuses the submission pages show (a return of another kind than expected shows up here). */
    private void count(String page) {
        for (String status : List.of("Accepted with warnings", "Accepted", "Rejected", "Quarantined")) {
            if (page.contains("govuk-tag") && page.contains(">" + status + "<")) {
                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                return;
            }
        }
    }

    /**
     * The workbook with a ZIP archive comment naming this upload: the same content (every reader ignores the
     * comment) but new bytes, so its SHA-256 is new and the import runs in full rather than finding a duplicate.
     */
    byte[] unique(byte[] xlsx) {
        byte[] comment = ("stocktake bench upload " + uniqueness.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
        int eocd = endOfCentralDirectory(xlsx);
        byte[] copy = Arrays.copyOf(xlsx, eocd + 22 + comment.length);
        ByteBuffer.wrap(copy, eocd + 20, 2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) comment.length);
        System.arraycopy(comment, 0, copy, eocd + 22, comment.length);
        return copy;
    }

    private static int endOfCentralDirectory(byte[] zip) {
        for (int i = zip.length - 22; i >= 0; i--) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x05 && zip[i + 3] == 0x06) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a ZIP archive (an .xlsx): no end of central directory");
    }

    private void print(double seconds) {
        double floor = percentile(sorted(FLOOR), 50);
        out.printf(Locale.UK, "%-36s %7s %9s %9s %9s %12s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms",
                "p50 / floor");
        for (String page : PAGES) {
            long[] sorted = sorted(page);
            double p50 = percentile(sorted, 50);
            out.printf(Locale.UK, "%-36s %7d %9.1f %9.1f %9.1f %11.1f×%n", page, sorted.length, p50,
                    percentile(sorted, 95), percentile(sorted, 99), floor > 0 ? p50 / floor : 0);
        }
        int uploads = nanos.get(UPLOAD).size();
        out.printf(Locale.UK, "uploads: %d in %.1f s, %.2f/s; statuses shown: %s%n", uploads, seconds,
                uploads / seconds, new TreeMap<>(statuses));
        out.printf(Locale.UK, "errors: %d%s%n", errors.size(), errors.isEmpty() ? ""
                : " (first: " + errors.peek() + ")");
        out.printf(Locale.UK, "peak heap: %d MiB of %d MiB (portal and simulated officers in one JVM)%n",
                Heap.peakBytes() >> 20, Heap.maxBytes() >> 20);
    }

    /** Errors so far: the command's exit status says whether there were any. */
    public int errors() {
        return errors.size();
    }

    private long[] sorted(String page) {
        return nanos.get(page).stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Nearest-rank percentile in milliseconds; 0 for no samples. */
    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
