package org.stocktake.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.Rule;
import org.stocktake.template.FilledReturn;
import org.stocktake.template.ReturnTemplate;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

class AnnotatedFeedbackTests {

    static final Register REGISTER = new Register(List.of(
            new RegisterEntry("E08000025", "Birmingham", "Families with multiple problems", Period.of("2011-12 Q1"), null)));
    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);
    static final Period Q2 = Period.of("2012-13 Q2");
    static final byte[] RED = {(byte) 0xFF, (byte) 0x80, (byte) 0x80};
    static final byte[] AMBER = {(byte) 0xFF, (byte) 0xC0, (byte) 0x00};

    @TempDir
    Path work;

    /** FUND-MONEY at Funding!F4 (error) and COV-AREA-NAME at Cover!B5 (warning), as the validator finds them. */
    static ReturnFixture faulty() {
        return new ReturnFixture().fundingCell(0, 5, "12,5O0").cover(CoverLabels.AREA_NAME, "Birmingam");
    }

    List<Issue> issuesOf(Path file) throws Exception {
        List<Issue> issues;
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            issues = new ArrayList<>(new ReturnValidator(REGISTER, AS_OF).validate(workbook, r -> { }).issues());
        }
        assertThat(issues).extracting(i -> i.rule().id() + " " + i.location())
                .containsExactly("COV-AREA-NAME Cover!B5", "FUND-MONEY Funding!F4");
        // A second issue on F4 (the comment lists both) and one without a cell.
        issues.add(Issue.warning(Rule.FUND_RECEIVED_GT_COMMITTED, "Funding", "F4", "Funding!F4: a second message"));
        issues.add(Issue.of(Rule.TPL_FIELD_MISSING, "Families", "", "Families: the label \"Families planned\" was not found"));
        return issues;
    }

    @Test
    void fillsAndCommentsEachCellWithAnIssueBehindAFeedbackSheetThatLinksToThem() throws Exception {
        Path source = faulty().writeXlsx(work.resolve("inbox"), "E08000025-Birmingham-2012-13-Q2.xlsx");
        List<Issue> issues = issuesOf(source);

        Path copy = AnnotatedFeedback.write(source, "E08000025-Birmingham-2012-13-Q2.xlsx",
                "E08000025-Birmingham-2012-13-Q2.xlsx", issues, work.resolve("out"));

        assertThat(copy).isEqualTo(work.resolve("out/feedback/E08000025-Birmingham-2012-13-Q2.xlsx-feedback.xlsx"));
        assertAnnotated(copy, issues);
    }

    @Test
    void copiesOfTheSameNameWrittenAtOnceEachMoveAWholeFileIntoPlace() throws Exception {
        // given one return, whose copy four threads write at the same moment under the same name
        Path source = faulty().writeXlsx(work.resolve("inbox"), "return.xlsx");
        List<Issue> issues = issuesOf(source);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Path>> writes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writes.add(threads.submit(() -> {
                start.await();
                return AnnotatedFeedback.write(source, "return.xlsx", "return.xlsx", issues, work.resolve("out"));
            }));
        }

        // when
        start.countDown();

        // then every write succeeded, the copy in place is whole, and no partial file is left
        for (java.util.concurrent.Future<Path> write : writes) {
            assertThat(write.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(
                    work.resolve("out/feedback/return.xlsx-feedback.xlsx"));
        }
        threads.shutdown();
        assertAnnotated(work.resolve("out/feedback/return.xlsx-feedback.xlsx"), issues);
        try (var files = Files.list(work.resolve("out/feedback"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("return.xlsx-feedback.xlsx");
        }
    }

    @Test
    void aLegacyXlsReturnGetsAnXlsxCopyWithTheSameAnnotations() throws Exception {
        Path source = faulty().writeXls(work.resolve("inbox"), "birmingham.xls");
        List<Issue> issues = issuesOf(source);

        Path copy = AnnotatedFeedback.write(source, "birmingham.xls", "birmingham.xls", issues, work.resolve("out"));

        assertThat(copy.getFileName().toString()).isEqualTo("birmingham.xls-feedback.xlsx");
        assertAnnotated(copy, issues);
    }

    void assertAnnotated(Path copy, List<Issue> issues) throws Exception {
        try (XSSFWorkbook wb = open(copy)) {
            assertThat(wb.getSheetName(0)).isEqualTo("Feedback");
            assertThat(wb.getSheetName(1)).isEqualTo("Cover");
            XSSFSheet cover = wb.getSheet("Cover");
            XSSFCell b5 = cover.getRow(4).getCell(1);
            assertThat(b5.getStringCellValue()).isEqualTo("Birmingam");
            assertThat(fill(b5)).isEqualTo(AMBER);
            assertThat(b5.getCellComment().getString().getString()).isEqualTo("WARNING COV-AREA-NAME: "
                    + issues.get(0).message());
            assertThat(fill(cover.getRow(3).getCell(1))).isNull(); // area code: no issue
            assertThat(cover.getRow(3).getCell(1).getCellComment()).isNull();
            assertThat(cover.getRow(10).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2012, 10, 15));

            XSSFCell f4 = wb.getSheet("Funding").getRow(3).getCell(5);
            assertThat(f4.getStringCellValue()).isEqualTo("12,5O0");
            assertThat(fill(f4)).isEqualTo(RED); // the worst of an error and a warning
            assertThat(f4.getCellComment().getString().getString()).isEqualTo("ERROR FUND-MONEY: "
                    + issues.get(1).message() + "\nWARNING FUND-RECEIVED-GT-COMMITTED: Funding!F4: a second message");
            assertThat(fill(wb.getSheet("Funding").getRow(3).getCell(4))).isNull();
            assertThat(wb.getSheet("Funding").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(1200000.0);

            XSSFSheet feedback = wb.getSheet("Feedback");
            assertThat(text(feedback, 0, 0)).startsWith("Feedback on ").endsWith(": 2 errors, 2 warnings");
            assertThat(List.of(text(feedback, 3, 0), text(feedback, 3, 1), text(feedback, 3, 2), text(feedback, 3, 3),
                    text(feedback, 3, 4), text(feedback, 3, 5), text(feedback, 3, 6))).containsExactly(
                    "Sheet", "Cell", "Rule", "Severity", "Message", "Explained", "Explanation");
            assertThat(feedback.getLastRowNum()).isEqualTo(3 + issues.size());
            List<org.assertj.core.groups.Tuple> rows = new ArrayList<>();
            for (int r = 4; r <= feedback.getLastRowNum(); r++) {
                XSSFRow row = feedback.getRow(r);
                var link = row.getCell(1).getHyperlink() != null ? row.getCell(1).getHyperlink()
                        : row.getCell(0).getHyperlink();
                rows.add(tuple(text(feedback, r, 0), text(feedback, r, 1), text(feedback, r, 2), text(feedback, r, 3),
                        text(feedback, r, 4), link == null ? null : link.getType(), link == null ? null : link.getAddress()));
            }
            // in the workbook's sheet order (Cover, Families, Funding), then by cell
            assertThat(rows).containsExactly(
                    tuple("Cover", "B5", "COV-AREA-NAME", "Warning", issues.get(0).message(), HyperlinkType.DOCUMENT, "'Cover'!B5"),
                    tuple("Families", "", "TPL-FIELD-MISSING", "Error", issues.get(3).message(), HyperlinkType.DOCUMENT,
                            "'Families'!A1"),
                    tuple("Funding", "F4", "FUND-MONEY", "Error", issues.get(1).message(), HyperlinkType.DOCUMENT, "'Funding'!F4"),
                    tuple("Funding", "F4", "FUND-RECEIVED-GT-COMMITTED", "Warning", "Funding!F4: a second message",
                            HyperlinkType.DOCUMENT, "'Funding'!F4"));
        }
    }

    /** The template as an officer filled it in: it has the hidden Lists sheet and the money format. */
    Path filledTemplate() throws Exception {
        Path source = work.resolve("inbox/a/birmingham.xlsx");
        Files.createDirectories(source.getParent());
        RegisterEntry birmingham = REGISTER.entryFor("E08000025", Q2).orElseThrow();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(source)) {
            ReturnTemplate.fillIn(wb, FilledReturn.of(birmingham, Q2)
                    .fundingLine("Local authority", "Family intervention service", "Local", "Pooled",
                            new BigDecimal("136532.40"), new BigDecimal("500.25"), new BigDecimal("400"))
                    .fundingLine("DWP", "ESF families provision", "Central", "Virtual pool", "2000",
                            new BigDecimal("1000.10"), new BigDecimal("900")));
            wb.write(out);
        }
        return source;
    }

    @Test
    void theCopyKeepsSheetOrderAndHiddenSheetsShowsMoneyInTheTemplatesFormatAndSignsCommentsBesideTheirCells()
            throws Exception {
        Path source = filledTemplate();
        String longMessage = "Funding!G5: spent to date £900.00 is more than received to date £1,000.10 on a pooled"
                + " budget; check both, or explain it on the Explanations sheet, as the standard asks of every warning"
                + " an officer expects";
        List<Issue> issues = List.of(Issue.of(Rule.FUND_MONEY, "Funding", "F4", "Funding!F4: short"),
                Issue.warning(Rule.FUND_SPENT_GT_RECEIVED, "Funding", "G5", longMessage));

        Path copy = AnnotatedFeedback.write(source, "a/birmingham.xlsx", "a/birmingham.xlsx.17", issues,
                work.resolve("out"), "Family Support Central Unit");

        assertThat(copy).isEqualTo(work.resolve("out/feedback/a/birmingham.xlsx.17-feedback.xlsx"));
        try (XSSFWorkbook wb = open(copy)) {
            List<String> names = new ArrayList<>();
            List<String> hidden = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
                if (wb.isSheetHidden(i)) {
                    hidden.add(wb.getSheetName(i));
                }
            }
            assertThat(names).containsExactly("Feedback", "Instructions", "Cover", "Families", "Funding",
                    "Family records", "Explanations", "Lists");
            assertThat(hidden).containsExactly("Lists");
            assertThat(wb.getActiveSheetIndex()).isZero();

            XSSFSheet funding = wb.getSheet("Funding");
            assertThat(format(funding.getRow(3).getCell(4))).isEqualTo("\"£\"#,##0.00"); // E4: 136532.4
            assertThat(new DataFormatter(Locale.UK).formatCellValue(funding.getRow(3).getCell(4)))
                    .isEqualTo("£136,532.40");
            assertThat(format(funding.getRow(33).getCell(5))).isEqualTo("\"£\"#,##0.00"); // F34, the Total
            assertThat(funding.getRow(4).getCell(4).getStringCellValue()).isEqualTo("2000"); // E5, text stays text
            assertThat(format(funding.getRow(4).getCell(4))).isEqualTo("General");
            assertThat(format(wb.getSheet("Families").getRow(2).getCell(0))).isEqualTo("General");

            XSSFComment f4 = funding.getRow(3).getCell(5).getCellComment();
            assertThat(f4.getAuthor()).isEqualTo("Family Support Central Unit");
            assertThat(f4.getAddress().formatAsString()).isEqualTo("F4");
            // beside F4: from 6 px into column G (138 px wide) to 61 px into I, past H (64 px): 35 characters
            // wide (257 px); from 2 px into row 4, one line tall (30 px)
            assertThat(anchor(f4)).containsExactly(6, 6, 3, 2, 8, 61, 4, 13);
            XSSFComment g5 = funding.getRow(4).getCell(6).getCellComment();
            assertThat(g5.getAuthor()).isEqualTo("Family Support Central Unit");
            // beside G5: from column H to N, 60 characters wide (432 px), four lines tall (76 px); F4's box reaches
            // over H down to 81 px, so G5's starts 6 px below it, at 87 px (row 6, 2 px in) instead of row 5
            assertThat(anchor(g5)).containsExactly(7, 6, 5, 2, 13, 54, 9, 10);
        }
    }

    /** col1, dx1, row1, dy1, col2, dx2, row2, dy2 of a comment's box, offsets in pixels. */
    static List<Integer> anchor(XSSFComment comment) {
        ClientAnchor a = comment.getClientAnchor();
        return List.of((int) a.getCol1(), a.getDx1() / Units.EMU_PER_PIXEL, a.getRow1(), a.getDy1() / Units.EMU_PER_PIXEL,
                (int) a.getCol2(), a.getDx2() / Units.EMU_PER_PIXEL, a.getRow2(), a.getDy2() / Units.EMU_PER_PIXEL);
    }

    static String format(XSSFCell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    @Test
    void theFeedbackSheetListsIssuesInSheetOrderThenByRowAndColumnAndPrintsOnePageWide() throws Exception {
        Path source = filledTemplate();
        List<Issue> issues = List.of(Issue.of(Rule.FUND_CODE, "Funding", "A10", "Funding!A10: x"),
                Issue.of(Rule.FUND_CODE, "funding", "B9", "Funding!B9: x"),
                Issue.of(Rule.COV_REQUIRED, "Cover", "B8", "Cover!B8: x"),
                Issue.of(Rule.FUND_CODE, "Funding", "A9", "Funding!A9: x"),
                Issue.warning(Rule.FUND_EMPTY, "Funding", "", "Funding: x"),
                Issue.of(Rule.FAM_NUMBER, "Families", "B3", "Families!B3: x"),
                Issue.of(Rule.COV_REQUIRED, "Cover", "B11", "Cover!B11: x"));

        Path copy = AnnotatedFeedback.write(source, "birmingham.xlsx", "birmingham.xlsx.3", issues,
                work.resolve("out"));

        try (XSSFWorkbook wb = open(copy)) {
            XSSFSheet feedback = wb.getSheet("Feedback");
            List<String> order = new ArrayList<>();
            for (int r = 4; r <= feedback.getLastRowNum(); r++) {
                order.add(text(feedback, r, 0) + "!" + text(feedback, r, 1));
            }
            assertThat(order).containsExactly("Cover!B8", "Cover!B11", "Families!B3", "Funding!", "Funding!A9",
                    "funding!B9", "Funding!A10");
            assertThat(wb.getSheet("Cover").getRow(7).getCell(1).getCellComment().getAuthor())
                    .isEqualTo("Stocktake central team");

            assertThat(wb.getPrintArea(0)).isEqualTo("Feedback!$A:$G");
            assertThat(feedback.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
            XSSFPrintSetup print = feedback.getPrintSetup();
            assertThat(feedback.getFitToPage()).isTrue();
            assertThat(List.of(print.getFitWidth(), print.getFitHeight())).containsExactly((short) 1, (short) 0);
            assertThat(print.getLandscape()).isTrue();
            assertThat(feedback.getFooter().getLeft()).isEqualTo("Feedback on birmingham.xlsx");
        }
    }

    @Test
    void aSheetTooLargeToCopyIsLeftOutAndSaidSoItsIssuesStillListedWithoutALink() throws Exception {
        List<Object[]> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(new Object[] {"F" + i, LocalDate.of(2012, 5, 1), null, null, null});
        }
        Path source = new ReturnFixture().withRecords(records).writeXlsx(work, "big.xlsx");
        List<Issue> issues = List.of(Issue.of(Rule.REC_COUNTS, "Family records", "A3", "Family records!A3: counts"),
                Issue.of(Rule.FUND_MONEY, "Funding", "F4", "Funding!F4: money"));

        Path copy = work.resolve("big-feedback.xlsx");
        try (OutputStream out = Files.newOutputStream(copy)) {
            AnnotatedFeedback.write(source, "big.xlsx", issues, AnnotatedFeedback.DEFAULT_AUTHOR, out, 40);
        }

        try (XSSFWorkbook wb = open(copy)) {
            assertThat(wb.getSheet("Family records")).isNull();
            assertThat(wb.getSheet("Funding")).isNotNull();
            XSSFSheet feedback = wb.getSheet("Feedback");
            assertThat(text(feedback, 1, 0)).contains("Sheet \"Family records\" is not copied: it is too large");
            // Funding comes before Family records in the workbook
            assertThat(feedback.getRow(4).getCell(1).getHyperlink().getAddress()).isEqualTo("'Funding'!F4");
            assertThat(feedback.getRow(5).getCell(1).getHyperlink()).isNull();
            assertThat(feedback.getRow(5).getCell(0).getHyperlink()).isNull();
        }
    }

    @Test
    void onlyReturnsWithCellIssuesQualifyNeverFileLevelOrPersonalData() {
        assertThat(AnnotatedFeedback.applies(List.of())).isFalse();
        assertThat(AnnotatedFeedback.applies(List.of(Issue.ofFile(Rule.FILE_UNREADABLE, "damaged")))).isFalse();
        assertThat(AnnotatedFeedback.applies(List.of(Issue.of(Rule.FILE_TOO_LARGE, "Family records", "", "big"))))
                .isFalse();
        assertThat(AnnotatedFeedback.applies(List.of(Issue.of(Rule.REC_PERSONAL_DATA, "Family records", "A3", "x"))))
                .isFalse();
        assertThat(AnnotatedFeedback.applies(List.of(Issue.of(Rule.FUND_MONEY, "Funding", "F4", "x")))).isTrue();
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static byte[] fill(XSSFCell cell) {
        XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return color == null ? null : color.getRGB();
    }

    static String text(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        XSSFCell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : cell.toString();
    }
}
