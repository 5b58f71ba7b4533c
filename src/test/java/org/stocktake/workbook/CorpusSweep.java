package org.stocktake.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Opens every corpus file and reads every sheet whole; prints one line per file. Run by hand with a small
 * heap: {@code java -Xmx256m -cp ... org.stocktake.workbook.CorpusSweep}. Exit status 1 on any failure.
 */
public final class CorpusSweep {

    public static void main(String[] args) throws Exception {
        List<String> failures = run(true);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("max heap %d MiB, %d failures%n", rt.maxMemory() >> 20, failures.size());
        failures.forEach(System.out::println);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Returns failure descriptions (empty when every file behaved). */
    static List<String> run(boolean print) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Corpus.Entry entry : Corpus.manifest()) {
            long start = System.nanoTime();
            String outcome;
            String rule = null;
            try (ReturnWorkbook workbook = Workbooks.open(Corpus.file(entry.file()))) {
                int cells = 0;
                for (String sheet : workbook.sheetNames()) {
                    cells += workbook.grid(sheet).cellCount();
                }
                outcome = "opened " + workbook.sheetNames().size() + " sheets, " + cells + " cells";
            } catch (WorkbookException e) {
                rule = e.rule().id();
                outcome = rule + " " + (e.sheet().isEmpty() ? "" : "[" + e.sheet() + "!" + e.cell() + "] ")
                        + e.getMessage();
            } catch (Throwable t) {
                outcome = "CRASH " + t;
                failures.add(entry.file() + ": " + outcome);
            }
            if (rule != null && !entry.acceptableRules().contains(rule)) {
                failures.add(entry.file() + ": " + rule + " not in " + entry.acceptableRules());
            }
            if (rule == null && !entry.mayOpen() && !outcome.startsWith("CRASH")) {
                failures.add(entry.file() + ": opened but must be refused with " + entry.acceptableRules());
            }
            if (print) {
                System.out.printf("%-70s %5d ms  %s%n", entry.file(), (System.nanoTime() - start) / 1_000_000,
                        outcome);
            }
        }
        return failures;
    }
}
