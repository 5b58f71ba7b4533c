package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.period.AreaReport;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.period.ReturnFigures;
import org.stocktake.reconciliation.Reconciler;
import org.stocktake.standard.Money;
import org.stocktake.standard.Period;
import org.stocktake.testing.PeriodSliceTest;
import org.stocktake.testing.TestDatabase;

@PeriodSliceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackRendererTest {

    private static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    PeriodReports reports;

    @Autowired
    Reconciler reconciler;

    @Autowired
    PackRenderer renderer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    static Path out;

    private Path pdf;
    private PeriodReport report;
    private List<ReturnFigures> figures;

    @BeforeAll
    void render() {
        // the scenario lives in a transaction rolled back once the pack is written: the slice's database stays empty
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            PackScenario.create(TestDatabase.on(jdbc));
            PeriodReport stored = reports.load(Q2);
            report = stored.withFindings(reconciler.reconcile(stored));
            pdf = renderer.render(report, LocalDate.of(2012, 10, 15), out);
            tx.setRollbackOnly();
        });
        figures = report.countingAreas().stream().map(AreaReport::figures).toList();
        assertThat(pdf).isEqualTo(out.resolve("packs/stocktake-2012-13-Q2.pdf"));
    }

    @Test
    void headlineFiguresAreThoseOfThePeriodModel() throws IOException {
        String text = text();
        long identified = sum(ReturnFigures::familiesIdentified);
        long helped = sum(ReturnFigures::familiesHelped);
        assertThat(identified).isEqualTo(22990);
        assertThat(helped).isEqualTo(1520);
        assertThat(text).contains("Share of identified families helped 1,520 of 22,990 (6.6%)");
        assertThat(text).contains("Returns expected (areas in the register) 4", "Accepted (a return counts) 2",
                "of which accepted with warnings 1", "Rejected (received, none accepted) 1",
                "Missing (none received) 1", "Families with outcomes achieved to date 400");
        assertThat(text).contains("Pooled " + pounds(ReturnFigures::pooledCommitted) + " "
                + pounds(ReturnFigures::pooledReceived) + " " + pounds(ReturnFigures::pooledSpent));
        assertThat(pounds(ReturnFigures::pooledCommitted)).isEqualTo("£1,234,567.89");
        assertThat(text).contains("Aligned " + pounds(ReturnFigures::alignedCommitted));
        assertThat(text).contains("Central £1,050,000.00 " + pounds(ReturnFigures::centralReceived));
        assertThat(text).contains("Local £242,067.99 " + pounds(ReturnFigures::localReceived));
        assertThat(text).contains("Total £1,292,067.99 £274,100.51 £137,000.24");
    }

    @Test
    void allAreasTableShowsStatusFiguresAndChange() throws IOException {
        String text = text();
        assertThat(text).contains("E06000001 Hartlepool Accepted 12,000 1,000 300 8.3% +200",
                "E06000002 Middlesbrough Accepted with", "10,990 520 100 4.7% +120",
                "E06000003 Redcar and Cleveland Rejected", "E06000004 Stockton-on-Tees Missing");
    }

    @Test
    void areaSectionsWarningsAndExceptions() throws IOException {
        String text = text();
        assertThat(text).contains("Explanation: Arrears from 2011-12 paid in July", "Not explained.",
                "Families helped to date 520 400 +120",
                "Return expected for 2012-13 Q2: none received",
                "Funding!F14: \"12,5O0\" is not an amount of money",
                "DWP: Received to date on Central lines is £250,000.50, but the");
        for (AreaReport a : report.areas()) {
            assertThat(text).contains(a.areaName() + " (" + a.areaCode() + ")");
        }
    }

    @Test
    void bookmarksFollowTheContents() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            List<String> areas = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                if (item.getTitle().equals("Area pages")) {
                    item.children().forEach(child -> areas.add(child.getTitle()));
                }
            }
            assertThat(top).containsExactly("Headline", "All areas", "Charts", "Area pages", "Exceptions");
            assertThat(areas).containsExactly("Hartlepool (E06000001)", "Middlesbrough (E06000002)",
                    "Redcar and Cleveland (E06000003)", "Stockton-on-Tees (E06000004)");
            String contents = page(doc, 2);
            assertThat(contents).contains("Contents", "Headline 3", "All areas 4", "Area pages 7",
                    "Hartlepool (E06000001) 7", "Stockton-on-Tees (E06000004) 10");
            int pages = doc.getNumberOfPages();
            assertThat(page(doc, 1)).contains("Community Budgets — stocktake pack", "Reporting period 2012-13 Q2",
                    "Data as at 15 October 2012", "Page 1 of " + pages);
            assertThat(page(doc, pages)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void isTaggedA4WithMetadataAndEmbeddedFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Community Budgets stocktake pack 2012-13 Q2");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Community Budgets central team");
            assertThat(doc.getDocumentInformation().getSubject()).startsWith("Quarterly stocktake");
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(595f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(842f);
                fonts += assertEmbedded(page.getResources());
            }
            assertThat(fonts).isPositive();
        }
    }

    private static int assertEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            assertThat(resources.getFont(name).isEmbedded()).as(resources.getFont(name).getName()).isTrue();
            fonts++;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts += assertEmbedded(form.getResources());
            }
        }
        return fonts;
    }

    private String text() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String page(PDDocument doc, int n) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(doc);
    }

    private long sum(Function<ReturnFigures, Long> f) {
        return figures.stream().map(f).mapToLong(Long::longValue).sum();
    }

    private String pounds(Function<ReturnFigures, BigDecimal> f) {
        return Money.pounds(figures.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
