package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
import org.w3c.dom.Document;

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

    @Test
    void identifiesItselfAsPdfUa1AndPdfA2aWithAnSrgbOutputIntent() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMetadata()).isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xmp = factory.newDocumentBuilder().parse(new ByteArrayInputStream(catalog.getMetadata().toByteArray()));
            assertThat(xmpValue(xmp, "http://www.aiim.org/pdfua/ns/id/", "part")).isEqualTo("1");
            assertThat(xmpValue(xmp, "http://www.aiim.org/pdfa/ns/id/", "part")).isEqualTo("2");
            assertThat(xmpValue(xmp, "http://www.aiim.org/pdfa/ns/id/", "conformance")).isEqualTo("A");
            // pdfuaid is declared by a PDF/A extension schema, as PDF/A-2 requires of a schema it does not predefine
            assertThat(xmpValue(xmp, "http://www.aiim.org/pdfa/ns/schema#", "namespaceURI"))
                    .isEqualTo("http://www.aiim.org/pdfua/ns/id/");
            assertThat(xmpValue(xmp, "http://purl.org/dc/elements/1.1/", "title"))
                    .isEqualTo("Community Budgets stocktake pack 2012-13 Q2");
            assertThat(xmpValue(xmp, "http://purl.org/dc/elements/1.1/", "creator")).isEqualTo("Community Budgets central team");
            assertThat(xmpValue(xmp, "http://purl.org/dc/elements/1.1/", "language")).isEqualTo("en-GB");
            assertThat(catalog.getOutputIntents()).singleElement()
                    .extracting(PDOutputIntent::getOutputConditionIdentifier).isEqualTo("sRGB IEC61966-2.1");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void pageFooterIsAPaginationArtifactAndHeadingsAreTaggedContent() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(doc.getPage(2));
            List<PDMarkedContent> footers = new ArrayList<>();
            Map<String, PDMarkedContent> tagged = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                if (content.getTag().equals("Artifact") && content.getProperties() != null) {
                    footers.add(content);
                } else if (content.getMCID() >= 0) {
                    tagged.put(text(content), content);
                }
            }
            assertThat(footers).singleElement().satisfies(footer -> {
                assertThat(footer.getProperties().getNameAsString(COSName.TYPE)).isEqualTo("Pagination");
                assertThat(footer.getProperties().getNameAsString(COSName.SUBTYPE)).isEqualTo("Footer");
                assertThat(text(footer)).isEqualTo("Community Budgets — stocktake pack, 2012-13 Q2Page 3 of "
                        + doc.getNumberOfPages());
            });
            assertThat(tagged.keySet()).contains("Headline", "Returns", "Families", "Funding by source")
                    .noneMatch(text -> text.contains("Page 3 of"));
            assertThat(tagged.get("Headline").getTag()).isEqualTo("Text");
        }
    }

    @Test
    void chartsHaveTheirFiguresAsAlternateText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> figures = new ArrayList<>();
            collectAlternateTexts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures).containsExactly(
                    "Stacked bar chart. Text equivalent: committed this year by partner and arrangement: Local authority"
                            + " — Pooled £234,567.89; Police — Aligned £500.10; Health — In kind £7,000.00; DCLG — Virtual"
                            + " pool £50,000.00; DWP — Pooled £1,000,000.00.",
                    "Line chart. Text equivalent: families helped to date: 2012-13 Q1 1,220; 2012-13 Q2 1,520.",
                    "Bar chart. Text equivalent (share of identified families helped): Hartlepool 8.3%; Middlesbrough"
                            + " 4.7%. Areas without an accepted return are not shown.");
        }
    }

    private static void collectAlternateTexts(List<Object> kids, List<String> alternateTexts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Image")) {
                    alternateTexts.add(element.getAlternateDescription());
                }
                collectAlternateTexts(element.getKids(), alternateTexts);
            }
        }
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            }
        }
        return text.toString().trim();
    }

    private static String xmpValue(Document xmp, String namespace, String property) {
        return xmp.getElementsByTagNameNS(namespace, property).item(0).getTextContent().trim();
    }

    private static int assertEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return 0;
        }
        int fonts = 0;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            // no incomplete CIDSet (PDF/UA-1 7.21.4.2, PDF/A-2 6.2.11.4.2): the font program itself lists its glyphs
            assertThat(font.getFontDescriptor().getCOSObject().containsKey(COSName.CID_SET)).as(font.getName()).isFalse();
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
