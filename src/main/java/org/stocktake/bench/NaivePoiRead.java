package org.stocktake.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The peer a Spring Batch user would write: open the whole workbook with POI's user model ({@code XSSFWorkbook})
 * and walk every cell of the Family records sheet. Runs in a child JVM (its own -Xmx, the same command line with
 * {@code bench --naive-poi}), so running out of heap is a finding, not a crash of the benchmark.
 */
final class NaivePoiRead {

    private static final String LINE = "NAIVE-POI";

    private NaivePoiRead() {
    }

    /** The read in a child JVM with its own heap; an OutOfMemoryError is reported as such. */
    static Benchmark.Result inChildJvm(Path file, int rows, String heap) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.add("-jar"); // the Boot fat jar: its launcher finds the nested jars
            command.add(classPath);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add("org.stocktake.cli.StocktakeCli");
        }
        command.addAll(List.of("bench", "--naive-poi", file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line = null;
        StringBuilder other = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String l; (l = reader.readLine()) != null; ) {
                if (l.startsWith(LINE)) {
                    line = l;
                } else if (other.length() < 2000) {
                    other.append(l).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        String what = "naive POI XSSFWorkbook read, child JVM -Xmx" + heap;
        if (line == null) {
            return new Benchmark.Result(what, 0, Double.NaN, 0, "child JVM failed (exit " + exit + "): "
                    + other.toString().strip());
        }
        String[] f = line.split(" ");
        if (f[1].equals("OOM")) {
            return new Benchmark.Result(what, rows, Double.parseDouble(f[2]), Long.parseLong(f[3]),
                    "OutOfMemoryError after " + f[2] + " s");
        }
        return new Benchmark.Result(what, Long.parseLong(f[1]) - 1, Double.parseDouble(f[2]), Long.parseLong(f[3]),
                "");
    }

    /** Runs inside the child JVM: one line for the parent to read. */
    static void child(Path file, PrintStream out) {
        Heap.resetPeaks();
        long t = System.nanoTime();
        try {
            long rows = read(file.toFile());
            out.printf(Locale.ROOT, "%s %d %.3f %d%n", LINE, rows, (System.nanoTime() - t) / 1e9, Heap.peakBytes());
        } catch (OutOfMemoryError e) {
            out.printf(Locale.ROOT, "%s OOM %.3f %d%n", LINE, (System.nanoTime() - t) / 1e9, Heap.peakBytes());
        } catch (Exception e) {
            out.println("naive POI read failed: " + e);
        }
    }

    /** Reads the file and returns rows read; prints nothing. */
    static long read(File file) throws Exception {
        ZipSecureFile.setMinInflateRatio(0.001); // POI's default refuses this ordinary compressible sheet
        long rows = 0;
        DataFormatter format = new DataFormatter();
        // new XSSFWorkbook(file) opens the package read-write and saves it back on close: open it read-only,
        // and revert rather than close, so the benchmark file stays as generated
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            Sheet sheet = wb.getSheet(LargeReturnWriter.SHEET);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    format.formatCellValue(cell);
                }
                rows++;
            }
        } finally {
            pkg.revert();
        }
        return rows;
    }
}
