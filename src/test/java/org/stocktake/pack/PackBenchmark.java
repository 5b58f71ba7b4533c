package org.stocktake.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.stocktake.figures.PeriodFigures;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;
import org.stocktake.testsupport.TestDatabase;

/**
 * Renders a pack for every upper-tier authority (152) with synthetic accepted returns for two periods and reports
 * cold and warm render times and heap. Argument: the authorities CSV (default
 * {@code ../shared/reference/upper-tier-authorities-2012.csv}).
 */
public final class PackBenchmark {

    private PackBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : PackScenario.AUTHORITIES.toString());
        Period period = Period.of("2012-13 Q2");
        TestDatabase db = PackScenario.everyAuthority(csv);
        int areas = db.jdbc.queryForObject("SELECT COUNT(*) FROM register_entry", Integer.class);
        PeriodFigures figures = new PeriodFigures(db.dataSource);
        int findings = new Reconciler(db.dataSource, figures).reconcile(period).size();
        PackRenderer renderer = new PackRenderer(db.dataSource, figures);
        Path out = Files.createTempDirectory("pack-benchmark");

        long t0 = System.nanoTime();
        Path pdf = renderer.render(period, LocalDate.of(2012, 10, 15), out);
        long cold = System.nanoTime() - t0;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            renderer.render(period, LocalDate.of(2012, 10, 15), out);
            best = Math.min(best, System.nanoTime() - t);
        }
        Runtime rt = Runtime.getRuntime();
        long usedBeforeGc = rt.totalMemory() - rt.freeMemory();
        System.gc();
        long usedAfterGc = rt.totalMemory() - rt.freeMemory();
        System.out.printf("areas=%d findings=%d pdf=%s (%d KiB)%n", areas, findings, pdf,
                Files.size(pdf) / 1024);
        System.out.printf("render cold=%.2f s, warm (best of 3)=%.2f s%n", cold / 1e9, best / 1e9);
        System.out.printf("heap used=%d MiB before GC, %d MiB after GC, max=%d MiB%n", usedBeforeGc >> 20,
                usedAfterGc >> 20, rt.maxMemory() >> 20);
    }
}
