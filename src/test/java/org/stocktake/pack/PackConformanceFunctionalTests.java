package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.intake.ImportRunner;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Period;
import org.stocktake.testing.Submissions;
import org.stocktake.testing.TestDatabase;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The pack conforms to PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2, level A): veraPDF finds no failed rule in
 * the pack of the bundled samples nor in a pack of every upper-tier authority.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:pack-conformance;DB_CLOSE_DELAY=-1")
class PackConformanceFunctionalTests {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    ImportRunner importRunner;

    @Autowired
    PeriodReports reports;

    @Autowired
    Reconciler reconciler;

    @Autowired
    PackRenderer packRenderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @TempDir
    Path out;

    @Test
    void packOfTheSamplesIsPdfUa1AndPdfA2a() throws Exception {
        // given the bundled samples, imported
        Submissions.deleteAll(jdbc);
        LocalDate asOf = LocalDate.of(2012, 11, 30);
        assertThat(importRunner.run(SAMPLES.resolve("returns"), asOf, SAMPLES.resolve("reference"), out).jobCompleted())
                .isTrue();

        // when
        Path pdf = packRenderer.render(reconciled(), asOf, out);

        // then
        assertThat(pages(pdf)).isEqualTo(24);
        assertConforms(pdf);
    }

    @Test
    void packOfEveryUpperTierAuthorityIsPdfUa1AndPdfA2a() throws Exception {
        // given 152 areas with accepted returns
        Submissions.deleteAll(jdbc);
        jdbc.sql("DELETE FROM ledger_payment").update();
        jdbc.sql("DELETE FROM register_entry").update();
        jdbc.sql("DELETE FROM reference_load").update();
        PackScenario.everyAuthority(TestDatabase.on(jdbcTemplate), PackScenario.AUTHORITIES);

        // when
        Path pdf = packRenderer.render(reconciled(), LocalDate.of(2012, 10, 15), out);

        // then
        assertThat(pages(pdf)).isEqualTo(172);
        assertConforms(pdf);
    }

    private PeriodReport reconciled() {
        PeriodReport stored = reports.load(Q2);
        return stored.withFindings(reconciler.reconcile(stored));
    }

    private static void assertConforms(Path pdf) throws Exception {
        Map<PDFAFlavour, Map<String, Integer>> failed = VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
        assertThat(failed).as("failed rules (rule=checks) per profile")
                .isEqualTo(Map.of(PDFAFlavour.PDFUA_1, Map.of(), PDFAFlavour.PDFA_2_A, Map.of()));
    }

    private static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
