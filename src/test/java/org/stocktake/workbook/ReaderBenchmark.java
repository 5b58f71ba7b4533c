package org.stocktake.workbook;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamReader;

/**
 * Hand-run measurement (not a unit test):
 * <pre>
 *   java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) org.stocktake.workbook.ReaderBenchmark \
 *        /tmp/family-1m.xlsx 1000000 [read|bare|both]
 * </pre>
 * Writes the workbook with SXSSF if the file does not exist (needs more heap than reading: run once with -Xmx1g),
 * then times a full {@code stream()} of the "Family records" sheet and/or a bare StAX pass over the inflated
 * sheet XML (the floor), and prints rows/s and the peak heap used.
 */
public final class ReaderBenchmark {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("bomb")) {
            bomb(Path.of(args[1]));
            return;
        }
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        String mode = args.length > 2 ? args[2] : "both";
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            BigSheets.write(file, rows);
            System.out.printf("wrote %s (%d rows, %.1f MiB) in %.1f s%n", file, rows, Files.size(file) / 1048576.0,
                    (System.nanoTime() - t) / 1e9);
            if (mode.equals("write")) {
                return;
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("xl/worksheets/sheet2.xml");
            ZipEntry s = zip.getEntry("xl/sharedStrings.xml");
            System.out.printf("sheet XML %.1f MiB inflated / %.1f MiB compressed (ratio %.0f:1); sharedStrings %.1f MiB "
                            + "(ratio %.0f:1)%n", e.getSize() / 1048576.0, e.getCompressedSize() / 1048576.0,
                    (double) e.getSize() / e.getCompressedSize(), s == null ? 0 : s.getSize() / 1048576.0,
                    s == null ? 0 : (double) s.getSize() / s.getCompressedSize());
        }
        if (mode.equals("bare") || mode.equals("both")) {
            for (int i = 0; i < 2; i++) {
                bare(file);
            }
        }
        if (mode.equals("read") || mode.equals("both")) {
            for (int i = 0; i < 2; i++) {
                read(file);
            }
        }
    }

    /** A 1 GiB cell in a small file: must be refused after 32,767 characters, in little memory. */
    private static void bomb(Path file) throws Exception {
        if (!Files.exists(file)) {
            byte[] chunk = "a".repeat(1 << 20).getBytes();
            TestFiles.minimalXlsx(file, "Cover", "", out -> {
                out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>").getBytes());
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                }
                out.write("</t></is></c></row></sheetData></worksheet>".getBytes());
            });
        }
        resetPeaks();
        long t = System.nanoTime();
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            wb.grid("Cover");
            System.out.println("NOT REFUSED");
        } catch (WorkbookException e) {
            System.out.printf("%s %s!%s: %s%n", e.rule(), e.sheet(), e.cell(), e.getMessage());
        }
        System.out.printf("file %.2f MiB; refused in %.3f s; peak heap %d MiB%n", Files.size(file) / 1048576.0,
                (System.nanoTime() - t) / 1e9, peakHeap() >> 20);
    }

    private static void bare(Path file) throws Exception {
        long t = System.nanoTime();
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml"))) {
            XMLStreamReader reader = XlsxPackage.newFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
        }
        System.out.printf("bare StAX pass: %d events in %.2f s%n", events, (System.nanoTime() - t) / 1e9);
    }

    private static void read(Path file) throws Exception {
        resetPeaks();
        long t = System.nanoTime();
        long[] count = new long[2];
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            long opened = System.nanoTime();
            wb.stream("Family records", (row, cells) -> {
                count[0]++;
                count[1] += cells.size();
                return true;
            });
            double secs = (System.nanoTime() - t) / 1e9;
            System.out.printf("open %.2f s; open+stream %d rows, %d cells in %.2f s = %.0f rows/s; peak heap %d MiB "
                            + "(max %d MiB)%n", (opened - t) / 1e9, count[0], count[1], secs, count[0] / secs,
                    peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
