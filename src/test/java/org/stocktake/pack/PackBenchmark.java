package org.stocktake.pack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/reference/upper-tier-authorities-2012.csv");
        Period period = Period.of("2012-13 Q2");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StocktakeApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.datasource.url=jdbc:h2:mem:pack-benchmark;DB_CLOSE_DELAY=-1").run();
        TestDatabase db = TestDatabase.on(context.getBean(JdbcTemplate.class));
        List<CSVRecord> authorities;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            authorities = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        int i = 0;
        for (CSVRecord a : authorities) {
            String code = a.get("gss_code_2012");
            String name = a.get("name");
            db.register(code, name, "2012-13 Q1", null);
            i++;
            for (Period p : List.of(period.previous(), period)) {
                long identified = 500 + i * 37L;
                long helped = 40 + i * 3L + (p.equals(period) ? 25 : 0);
                long id = db.accepted(code, name, p.toString(), i % 5 == 0 ? "ACCEPTED_WITH_WARNINGS" : "ACCEPTED",
                        identified, 25, helped, helped / 3);
                int q = p.quarter();
                db.line(id, "DWP", "Troubled families", "Central", "Pooled", "400000.00", q * 50000 + ".00", q * 20000 + ".50");
                db.line(id, "DCLG", "Community budget", "Central", "Virtual pool", "150000.00", q * 10000 + ".00", "0.00");
                db.line(id, "Local authority", "Early help", "Local", "Pooled", "250000.00", q * 60000 + ".25", q * 30000 + ".00");
                db.line(id, "Police", "Integrated offender management", "Local", "Aligned", "80000.00", "20000.00", "10000.00");
                db.line(id, "Health", "Public health nursing", "Local", "In kind", "30000.00", "7500.00", "7500.00");
                if (i % 5 == 0) {
                    db.issue(id, "FUND-SOURCE", "W", "Funding", "C9", "Funding!C9: a local partner with source Central",
                            i % 10 == 0 ? "Police grant routed through the Home Office" : "");
                }
            }
            db.ledger(code, "DWP", "2012-13 Q1", "50000.00");
            db.ledger(code, "DWP", "2012-13 Q2", i % 7 == 0 ? "40000.00" : "50000.00");
        }
        PeriodReport stored = context.getBean(PeriodReports.class).load(period);
        PeriodReport report = stored.withFindings(context.getBean(Reconciler.class).reconcile(stored));
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
        System.out.printf("areas=%d findings=%d pdf=%s (%d KiB)%n", authorities.size(), findings, pdf,
                Files.size(pdf) / 1024);
        System.out.printf("render cold=%.2f s, warm (best of 3)=%.2f s%n", cold / 1e9, best / 1e9);
        System.out.printf("heap used=%d MiB before GC, %d MiB after GC, max=%d MiB%n", usedBeforeGc >> 20,
                usedAfterGc >> 20, rt.maxMemory() >> 20);
    }
}
