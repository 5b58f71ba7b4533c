package org.stocktake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.stocktake.intake.ImportRun;
import org.stocktake.intake.ImportRunner;
import org.stocktake.reference.ReferenceCsv;
import org.stocktake.reference.Register;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.storage.ThrowawayDatabases;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

/**
 * The import benchmark behind {@code ./stocktake bench}: generates a valid return with a large Family records
 * sheet, then measures, on the same machine and in the same JVM where it can,
 * <ol>
 *   <li>the floor: a bare StAX pass over the inflated sheet XML, doing nothing with it;</li>
 *   <li>stocktake's reader alone, the reader with validation (records discarded), and the full import through
 *       the import job into a fresh database: the differences say where the time goes. These and the floor take
 *       turns, round by round ({@link #rounds});</li>
 *   <li>a naive POI user-model read of a smaller file of the same shape, in a child JVM.</li>
 * </ol>
 */
public final class Benchmark {

    /** One measured pass. */
    public record Result(String what, long rows, double seconds, long peakHeapBytes, String note) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    public record Options(int rows, int poiRows, int repeat, Path dir, String poiHeap) {
    }

    private final Options options;
    private final PrintStream out;
    private final List<Result> results = new ArrayList<>();

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Path bigFile() {
        return options.dir().resolve("inbox").resolve("family-records-" + options.rows() + ".xlsx");
    }

    public Path referenceDir() {
        return options.dir().resolve("reference");
    }

    /** Writes the large return (if it is not there yet), the POI-sized one and the reference data. */
    public void generate() throws IOException {
        LargeReturnWriter.writeReference(referenceDir());
        generate(bigFile(), options.rows());
        if (options.poiRows() > 0) {
            generate(poiFile(), options.poiRows());
        }
    }

    Path poiFile() {
        return options.dir().resolve("poi").resolve("family-records-" + options.poiRows() + ".xlsx");
    }

    private void generate(Path file, int rows) throws IOException {
        if (Files.exists(file)) {
            out.printf(Locale.UK, "reusing %s (%.1f MiB)%n", file, Files.size(file) / 1048576.0);
            return;
        }
        long t = System.nanoTime();
        LargeReturnWriter.write(file, rows, 0);
        out.printf(Locale.UK, "generated %s: %,d records, %.1f MiB, in %.1f s%n", file, rows,
                Files.size(file) / 1048576.0, (System.nanoTime() - t) / 1e9);
    }

    /**
     * Round after round, one pass of each measurement in turn: the floor, the reader, the reader with validation, H2
     * alone (not with PostgreSQL) and the full import into a fresh database. Each figure is the median of its passes,
     * and since the passes of all of them are spread over the same minutes, the ratios to the floor are not skewed by
     * the machine's pace drifting between one measurement and the next. A first round, printed but not counted,
     * warms the JIT compiler for every measurement alike: its passes run partly interpreted, 30-50% slower.
     */
    public void rounds(BenchDatabase database, ImportTarget target) throws Exception {
        Register register = ReferenceCsv.readRegister(referenceDir().resolve("pilots.csv"));
        Map<String, List<Result>> passes = new LinkedHashMap<>();
        for (int i = -1; i < options.repeat(); i++) {
            Map<String, List<Result>> kept = i < 0 ? new LinkedHashMap<>() : passes;
            String label = i < 0 ? "warm-up" : "pass";
            keep(kept, label, floor());
            keep(kept, label, readerOnly());
            keep(kept, label, validateOnly(register));
            if (!database.postgres()) {
                keep(kept, label, h2Alone());
            }
            try (BenchDatabase.Throwaway db = database.fresh(options.dir(), i + 1)) {
                keep(kept, label, target.importOnce(db.url()));
            }
        }
        passes.values().forEach(p -> add(median(p)));
    }

    private void keep(Map<String, List<Result>> passes, String label, Result pass) {
        out.printf(Locale.UK, "    %s: %s %.2f s, peak heap %d MiB%n", label, pass.what(), pass.seconds(),
                pass.peakHeapBytes() >> 20);
        passes.computeIfAbsent(pass.what(), k -> new ArrayList<>()).add(pass);
    }

    /** The floor: inflate the sheet part and pull every StAX event, with the reader's own factory settings. */
    Result floor() throws Exception {
        Heap.resetPeaks();
        long t = System.nanoTime();
        long rows = 0;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (ZipFile zip = new ZipFile(bigFile().toFile());
             InputStream in = zip.getInputStream(zip.getEntry(LargeReturnWriter.RECORDS_PART))) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("row")) {
                    rows++;
                }
            }
            reader.close();
        }
        return new Result("floor: bare StAX pass over the sheet XML", rows - 1, (System.nanoTime() - t) / 1e9,
                Heap.peakBytes(), "");
    }

    /** stocktake's streaming reader alone: every cell decoded, nothing checked. */
    Result readerOnly() throws Exception {
        Heap.resetPeaks();
        long t = System.nanoTime();
        long[] rows = new long[1];
        try (ReturnWorkbook wb = Workbooks.open(bigFile())) {
            wb.stream(LargeReturnWriter.SHEET, (row, cells) -> {
                rows[0]++;
                return true;
            });
        }
        return new Result("stocktake reader only (parse)", rows[0] - 1, (System.nanoTime() - t) / 1e9,
                Heap.peakBytes(), "");
    }

    /** The reader and every validation rule, records counted and dropped: parse + validate, no storage. */
    Result validateOnly(Register register) throws Exception {
        Heap.resetPeaks();
        long t = System.nanoTime();
        long[] kept = new long[1];
        ValidatedReturn result;
        try (ReturnWorkbook wb = Workbooks.open(bigFile())) {
            result = new ReturnValidator(register, LargeReturnWriter.AS_OF).validate(wb, r -> kept[0]++);
        }
        if (result.status() != ReturnStatus.ACCEPTED || kept[0] != options.rows()) {
            throw new IllegalStateException("the generated return did not validate: " + result.status() + ", "
                    + result.errors() + " errors, " + kept[0] + " records");
        }
        return new Result("stocktake reader + validation (no storage)", kept[0], (System.nanoTime() - t) / 1e9,
                Heap.peakBytes(), result.status().name());
    }

    /** What one full import needs: a context on a database, the importer and a count of the rows it stored. */
    public interface ImportTarget {

        Result importOnce(String url) throws Exception;
    }

    /** One import job run into the (fresh) database behind {@code runner}; {@code countRecords} reads it back. */
    public Result importOnce(ImportRunner runner, java.util.function.LongSupplier countRecords, String vendor)
            throws Exception {
        Heap.resetPeaks();
        ImportRun run = runner.run(bigFile().getParent(), LargeReturnWriter.AS_OF, referenceDir(),
                options.dir().resolve("out"));
        long peak = Heap.peakBytes();
        RunFile file = run.files().isEmpty() ? null : run.files().get(0);
        long stored = countRecords.getAsLong();
        if (!run.jobCompleted() || file == null || file.status() != ReturnStatus.ACCEPTED || stored != options.rows()) {
            throw new IllegalStateException("the import did not accept the return: " + run.summary());
        }
        return new Result("stocktake full import job (parse, validate, store in " + vendor + ")", stored,
                run.took().toNanos() / 1e9, peak, file.status() + ", " + stored + " rows in family_record");
    }

    /**
     * The storage floor ({@link ThrowawayDatabases#insertFloor}): as many rows inserted by plain JDBC into a fresh
     * H2 database made by the application's migrations. What the full import costs beyond reader + validation + this is the job's
     * own overhead.
     */
    Result h2Alone() throws Exception {
        Path db = options.dir().resolve("db").resolve("h2-alone-" + System.currentTimeMillis());
        Heap.resetPeaks();
        double seconds = ThrowawayDatabases.insertFloor(db, options.rows(), LargeReturnWriter::reference);
        long peak = Heap.peakBytes();
        ThrowawayDatabases.deleteH2(db);
        return new Result("H2 alone: plain JDBC insert of as many rows, one transaction", options.rows(), seconds, peak,
                "storage floor");
    }

    /**
     * The ways H2 can take as many rows in one transaction ({@link ThrowawayDatabases#insertWays}), each the median
     * of the passes. The key-less copy shows what the primary key costs; it is not a way the import may take (the
     * key refuses a family twice).
     */
    public void h2Ways() throws Exception {
        Map<String, List<Result>> passes = new LinkedHashMap<>();
        for (int i = 0; i < options.repeat(); i++) {
            Path dir = Files.createDirectories(options.dir().resolve("db"));
            for (Map.Entry<String, Double> way : ThrowawayDatabases.insertWays(dir, options.rows(),
                    LargeReturnWriter::reference).entrySet()) {
                keep(passes, "pass", new Result(way.getKey(), options.rows(), way.getValue(), 0, "one transaction"));
            }
        }
        passes.values().forEach(p -> add(median(p)));
    }

    /** A naive POI user-model read in a child JVM with its own heap; an OutOfMemoryError is reported as such. */
    public Result naivePoi(String heap) throws Exception {
        return add(NaivePoiRead.inChildJvm(poiFile(), options.poiRows(), heap));
    }

    /** Runs inside the child JVM: one line for the parent to read. */
    public static void naivePoiChild(Path file, PrintStream out) {
        NaivePoiRead.child(file, out);
    }

    /** The results as a table, with each pass's ratio to the floor (time per row). */
    public void print() {
        Result floor = results.stream().filter(r -> r.what().startsWith("floor")).findFirst().orElse(null);
        out.printf(Locale.UK, "%nmax heap %d MiB, %d processors, load average %s%n", Heap.maxBytes() >> 20,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        out.printf(Locale.UK, "%-66s %10s %9s %12s %10s %8s  %s%n", "pass", "rows", "seconds", "rows/s",
                "peak heap", "× floor", "note");
        for (Result r : results) {
            double ratio = floor == null || Double.isNaN(r.seconds()) ? Double.NaN
                    : (r.seconds() / r.rows()) / (floor.seconds() / floor.rows());
            out.printf(Locale.UK, "%-66s %,10d %9.2f %,12.0f %6d MiB %8.2f  %s%n", r.what(), r.rows(), r.seconds(),
                    r.rowsPerSecond(), r.peakHeapBytes() >> 20, ratio, r.note());
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.UK, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private Result add(Result r) {
        results.add(r);
        out.printf(Locale.UK, "  %s: %,d rows in %.2f s (%,.0f rows/s), peak heap %d MiB %s%n", r.what(), r.rows(),
                r.seconds(), r.rowsPerSecond(), r.peakHeapBytes() >> 20, r.note());
        return r;
    }

    /** The median pass (of an even number, the slower of the middle two), with the highest peak heap of all. */
    private static Result median(List<Result> passes) {
        List<Result> sorted = passes.stream().sorted(java.util.Comparator.comparingDouble(Result::seconds)).toList();
        Result m = sorted.get(sorted.size() / 2);
        long peak = passes.stream().mapToLong(Result::peakHeapBytes).max().orElse(m.peakHeapBytes());
        String note = passes.size() == 1 ? m.note()
                : ("median of " + passes.size() + (m.note().isEmpty() ? "" : ", " + m.note()));
        return new Result(m.what(), m.rows(), m.seconds(), peak, note);
    }
}
