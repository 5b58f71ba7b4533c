package org.stocktake.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.StocktakeApplication;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;
import org.stocktake.testing.TestDatabase;

/**
 * Renders a pack for every upper-tier authority (152) with synthetic accepted returns for two periods and reports
 * cold and warm render times and heap (the period is loaded and reconciled once, before the clock starts). Argument: the authorities CSV (default
 * {@code ../shared/reference/upper-tier-authorities-2012.csv}).
 */
public final class PackBenchmark {

    private PackBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : PackScenario.AUTHORITIES.toString());
        Period period = Period.of("2012-13 Q2");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StocktakeApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.datasource.url=jdbc:h2:mem:pack-benchmark;DB_CLOSE_DELAY=-1").run();
        TestDatabase db = TestDatabase.on(context.getBean(JdbcTemplate.class));
        PackScenario.everyAuthority(db, csv);
        PeriodReport stored = context.getBean(PeriodReports.class).load(period);
        PeriodReport report = stored.withFindings(context.getBean(Reconciler.class).reconcile(stored));
        int areas = report.areas().size();
        int findings = report.findings().size();
        PackRenderer renderer = context.getBean(PackRenderer.class);
        Path out = Files.createTempDirectory("pack-benchmark");

        long t0 = System.nanoTime();
        Path pdf = renderer.render(report, LocalDate.of(2012, 10, 15), out);
        long cold = System.nanoTime() - t0;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t = System.nanoTime();
            renderer.render(report, LocalDate.of(2012, 10, 15), out);
            best = Math.min(best, System.nanoTime() - t);
        }
        context.close();
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
