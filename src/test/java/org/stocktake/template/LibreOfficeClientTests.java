package org.stocktake.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.File;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.validation.FamilyRecord;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

/**
 * The template and the annotated feedback copy in a real spreadsheet program: LibreOffice Calc, headless, prints
 * both to PDF (one process for both files), which is read back with PDFBox; the PDFs are kept in
 * {@code target/libreoffice}. Skipped where {@code soffice} is not installed, except in CI (where {@code CI} is set),
 * where it runs and fails; {@code .ci/run} installs it. Tag {@value #TAG}: {@code -DexcludedGroups=libreoffice}
 * leaves it out.
 */
@Tag(LibreOfficeClientTests.TAG)
@EnabledIf("sofficeInstalledOrCi")
class LibreOfficeClientTests {

    static final String TAG = "libreoffice";
    static final String SOFFICE = "soffice";

    @TempDir
    Path work;

    static boolean sofficeInstalledOrCi() {
        return System.getenv("CI") != null || sofficeInstalled();
    }

    static boolean sofficeInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, SOFFICE))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void calcPrintsTheTemplateOnePageWideAndOpensTheFeedbackCopy() throws Exception {
        // given: the blank template, and the feedback copy of a return whose amounts were pasted as text
        Path template = ReturnTemplate.write(ReturnTemplateTests.REGISTER, "E08000025", ReturnTemplateTests.Q2,
                work.resolve("out"));
        Path filled = work.resolve("pasted.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(filled)) {
            ReturnTemplate.fillIn(wb, FilledReturnTests.signedOff()
                    .fundingLine("Local authority", "Family intervention service", "Local", "Pooled",
                            new BigDecimal("136532.40"), new BigDecimal("600000"), new BigDecimal("450000.50"))
                    .fundingLine("DWP", "ESF families provision", "Central", "Virtual pool", "£100,000.50",
                            new BigDecimal("1000"), new BigDecimal("900")));
            wb.write(out);
        }
        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(filled)) {
            result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                    .validate(workbook, record -> { });
        }
        Path copy = AnnotatedFeedback.write(filled, "pasted.xlsx", "pasted.xlsx.1", result.issues(),
                work.resolve("out"));

        // when
        Path pdfs = work.resolve("pdf");
        convertToPdf(pdfs, template, filled, copy);
        keepForALook(pdfs);

        // then: the template prints on seven pages (two for the Instructions, one a sheet; the hidden Lists not at
        // all), each as wide as the page, with its footer
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("E08000025-2012-13-Q2.pdf").toFile())) {
            List<String> footers = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                String text = text(pdf, p);
                footers.add(text.lines().filter(l -> l.contains(", page ")).findFirst().orElse("no footer"));
            }
            assertThat(footers).containsExactly(
                    "Birmingham (E08000025), 2012-13 Q2 Instructions, page 1 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Instructions, page 2 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Cover, page 3 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Families, page 4 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Funding, page 5 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Family records, page 6 of 7",
                    "Birmingham (E08000025), 2012-13 Q2 Explanations, page 7 of 7");
            PDPage funding = pdf.getPage(4);
            assertThat(funding.getMediaBox().getWidth()).isGreaterThan(funding.getMediaBox().getHeight());
            // the 100-character Instructions lines are not cut at the margin
            assertThat(text(pdf, 1) + text(pdf, 2)).contains("Review > Unprotect Sheet").contains("retype it.");
        }
        // the officer's workbook prints with its pasted amount (E5) as text, left-aligned, beside the numbers (the
        // mark's colours are checked by looking at target/libreoffice/pasted.pdf)
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("pasted.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(7);
            assertThat(text(pdf, 5)).contains("£100,000.50").contains("£136,532.40");
        }
        // and the feedback copy opens: its Feedback sheet first, with the FUND-TOTAL message naming the text cell
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("pasted.xlsx.1-feedback.pdf").toFile())) {
            String first = text(pdf, 1);
            assertThat(first).contains("Feedback on pasted.xlsx").contains("FUND-TOTAL")
                    .contains("E5 holds its amount as text");
            String all = text(pdf, 1, pdf.getNumberOfPages());
            assertThat(all).contains("£136,532.40").doesNotContain("Local authority\nPolice\nHealth");
        }
    }

    @Test
    void aReturnSavedByCalcImportsAsAccepted() throws Exception {
        // given: a filled-in return, opened and saved again as .xlsx by LibreOffice Calc (its own writer: shared
        // strings, styles, cached formula results as Calc computes them)
        Path filled = work.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(filled)) {
            ReturnTemplate.fillIn(wb, FilledReturnTests.filled());
            wb.write(out);
        }
        Path saved = work.resolve("calc");
        convert(saved, "xlsx:Calc MS Excel 2007 XML", filled);

        // when
        List<FamilyRecord> records = new ArrayList<>();
        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(saved.resolve("filled.xlsx"))) {
            result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                    .validate(workbook, records::add);
        }

        // then: the file is Calc's, and it imports as the officer filled it in
        try (XSSFWorkbook back = new XSSFWorkbook(saved.resolve("filled.xlsx").toFile())) {
            assertThat(back.getProperties().getExtendedProperties().getApplication()).startsWith("LibreOffice");
        }
        assertThat(result.issues()).isEmpty();
        assertThat(result.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(result.fundingLines()).extracting(FundingLine::row, FundingLine::partner, FundingLine::received)
                .containsExactly(tuple(4, "Local authority", new BigDecimal("500.25")),
                        tuple(5, "DWP", new BigDecimal("1000.10")));
        assertThat(records).extracting(FamilyRecord::row, FamilyRecord::reference, FamilyRecord::outcome)
                .containsExactly(tuple(4, "BHM-0001", "Education"), tuple(5, "BHM-0002", null));
    }

    static void convertToPdf(Path outDir, Path... files) throws Exception {
        convert(outDir, "pdf", files);
    }

    static void convert(Path outDir, String format, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(SOFFICE,
                // a profile of its own, so that no other LibreOffice (or test) holds it
                "-env:UserInstallation=" + outDir.resolveSibling("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolveSibling("soffice.log").toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(outDir.resolveSibling("soffice.log"))).isZero();
    }

    /** Copies the PDFs to {@code target/libreoffice}, to be looked at ({@code pdftoppm -png}). */
    static void keepForALook(Path pdfs) throws Exception {
        Path kept = Files.createDirectories(Path.of("target", "libreoffice"));
        try (var files = Files.list(pdfs)) {
            for (Path pdf : files.toList()) {
                Files.copy(pdf, kept.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String text(PDDocument pdf, int page) throws Exception {
        return text(pdf, page, page);
    }

    static String text(PDDocument pdf, int from, int to) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf);
    }
}
