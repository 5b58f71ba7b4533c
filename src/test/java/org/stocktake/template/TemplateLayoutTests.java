package org.stocktake.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.stocktake.template.ReturnTemplateTests.REGISTER;
import static org.stocktake.template.ReturnTemplateTests.Q2;
import static org.stocktake.template.ReturnTemplateTests.locked;
import static org.stocktake.template.ReturnTemplateTests.open;
import static org.stocktake.template.ReturnTemplateTests.text;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;

/**
 * How the template looks on screen and on paper, read back with POI: row heights that fit wrapped text, the page
 * setup, the Family records title rows, and the mark of a number held as text.
 */
class TemplateLayoutTests {

    static final byte[] MARK_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    static final byte[] MARK_FONT = {(byte) 0x9C, (byte) 0x00, (byte) 0x06};

    @TempDir
    Path out;

    @Test
    void linesWrapsWholeWordsAtTheColumnWidthInTheFontsSize() {
        // a column 18 wide holds 18 characters of bold Arial 10 (0.95 each): "Committed this" | "year (£)"
        assertThat(SheetLayout.lines("Committed this year (£)", 18, 10, true)).isEqualTo(2);
        assertThat(SheetLayout.lines("Committed this year (£)", 21, 10, true)).isEqualTo(2); // 22 a line
        assertThat(SheetLayout.lines("Committed this year (£)", 22, 10, true)).isEqualTo(1); // 23 a line
        assertThat(SheetLayout.lines("Committed this year (£)", 21, 10, false)).isEqualTo(1); // 23 a line
        // 90 wide: 100 characters of plain Arial 10 a line
        assertThat(SheetLayout.lines("x".repeat(100), 90, 10, false)).isEqualTo(1);
        assertThat(SheetLayout.lines("x".repeat(101), 90, 10, false)).isEqualTo(2);
        assertThat(SheetLayout.lines("abcd ".repeat(20).strip(), 90, 10, false)).isEqualTo(1); // 99 characters
        assertThat(SheetLayout.lines("abcd ".repeat(21).strip(), 90, 10, false)).isEqualTo(2);
        // 14 pt: 71 characters in 90
        assertThat(SheetLayout.lines("y".repeat(71), 90, 14, false)).isEqualTo(1);
        assertThat(SheetLayout.lines("y".repeat(72), 90, 14, false)).isEqualTo(2);
        // a word longer than a line is broken; a line break starts a line; empty text is a line
        assertThat(SheetLayout.lines("z".repeat(250), 9, 10, false)).isEqualTo(25);
        assertThat(SheetLayout.lines("ab " + "z".repeat(25), 9, 10, false)).isEqualTo(4);
        assertThat(SheetLayout.lines("first\nsecond\n\nfourth", 90, 10, false)).isEqualTo(4);
        assertThat(SheetLayout.lines("", 90, 10, false)).isEqualTo(1);

        assertThat(SheetLayout.height(1, 10)).isEqualTo(14.25f);
        assertThat(SheetLayout.height(2, 10)).isEqualTo(27.0f);
        assertThat(SheetLayout.height(6, 10)).isEqualTo(78.0f);
    }

    @Test
    void everyWrappedRowIsAsTallAsItsTextAtItsColumnWidth() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            XSSFSheet instructions = wb.getSheet("Instructions");
            assertThat(instructions.getColumnWidth(0)).isEqualTo(90 * 256);
            // the rows that overprinted the next one: 6, 2, 2, 3, 3 and 3 lines of 100 characters
            assertThat(List.of(2, 7, 18, 23, 26, 31)).extracting(r -> instructions.getRow(r - 1).getHeightInPoints())
                    .containsExactly(78.0f, 27.0f, 27.0f, 39.75f, 39.75f, 39.75f);
            assertThat(instructions.getRow(0).getHeightInPoints()).isEqualTo(instructions.getDefaultRowHeightInPoints());

            XSSFSheet funding = wb.getSheet("Funding");
            // row 2: the note across A:C (84 wide, one line) and the legend across D:G (72 wide, three lines)
            assertThat(funding.getMergedRegions()).containsExactlyInAnyOrder(CellRangeAddress.valueOf("A2:C2"),
                    CellRangeAddress.valueOf("D2:G2"));
            assertThat(funding.getRow(1).getHeightInPoints()).isEqualTo(39.75f);
            // the two-line headers E3:F3 ("Committed this year (£)" and "Received to date (£)" in 18)
            assertThat(funding.getRow(2).getHeightInPoints()).isEqualTo(27.0f);
            assertThat(wb.getSheet("Cover").getRow(6).getHeightInPoints()).isEqualTo(27.0f); // C7's hint, 71 in 60

            XSSFSheet records = wb.getSheet("Family records");
            // the note across A:E (100 wide) takes one line
            assertThat(records.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A2:E2"));
            assertThat(records.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();

            // and so for every wrapped cell of the workbook, in the template's one font
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        XSSFFont font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
                        assertThat(font.getFontName()).isEqualTo("Arial");
                        if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                            int lines = SheetLayout.lines(cell.getStringCellValue(),
                                    SheetLayout.widthChars(sheet, cell), font.getFontHeightInPoints(), font.getBold());
                            assertThat(row.getHeightInPoints()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .isGreaterThanOrEqualTo(lines == 1 ? sheet.getDefaultRowHeightInPoints()
                                            : SheetLayout.height(lines, font.getFontHeightInPoints()));
                        }
                    }
                }
            }
            assertThat(wb.getFontAt(0).getFontName()).isEqualTo("Arial");
            assertThat(wb.getFontAt(0).getFontHeightInPoints()).isEqualTo((short) 10);
        }
    }

    @Test
    void everySheetPrintsOnePageWideOnA4WithItsHeaderRepeatedAndAFooterNamingAreaPeriodSheetAndPage()
            throws Exception {
        Path file = out.resolve("brighton.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(file)) {
            ReturnTemplate.fillIn(wb, FilledReturn.of(new RegisterEntry("E06000043", "Brighton & Hove",
                    "Whole place", Period.of("2012-13 Q1"), null), Q2));
            wb.write(o);
        }
        try (XSSFWorkbook wb = open(file)) {
            List<org.assertj.core.groups.Tuple> setup = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets() - 1; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                XSSFPrintSetup print = sheet.getPrintSetup();
                assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(List.of(print.getFitWidth(), print.getFitHeight())).containsExactly((short) 1, (short) 0);
                assertThat(sheet.getFooter().getLeft()).isEqualTo("Brighton && Hove (E06000043), 2012-13 Q2");
                assertThat(sheet.getFooter().getRight()).isEqualTo("&A, page &P of &N");
                CellRangeAddress repeated = sheet.getRepeatingRows();
                setup.add(tuple(sheet.getSheetName(), wb.getPrintArea(i), print.getLandscape(),
                        repeated == null ? null : repeated.formatAsString()));
            }
            assertThat(setup).containsExactly(
                    tuple("Instructions", "Instructions!$A$1:$A$40", false, null),
                    tuple("Cover", "Cover!$A$1:$C$11", true, null),
                    tuple("Families", "Families!$A$1:$C$7", true, null),
                    tuple("Funding", "Funding!$A$1:$G$34", true, "3:3"),
                    tuple("Family records", "'Family records'!$A:$E", false, "3:3"),
                    tuple("Explanations", "Explanations!$A:$B", false, "1:1"));
            assertThat(wb.getPrintArea(wb.getSheetIndex("Lists"))).isNull();
        }
    }

    @Test
    void familyRecordsTitleRowsAreLockedLabelsNotInputCells() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            XSSFSheet records = wb.getSheet("Family records");
            for (int r = 0; r <= 1; r++) {
                for (int c = 1; c <= 4; c++) {
                    XSSFCellStyle style = records.getRow(r).getCell(c).getCellStyle();
                    assertThat(style.getLocked()).as("B1:E2 row " + r + " column " + c).isTrue();
                    assertThat(style.getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
                }
            }
            assertThat(records.getRow(0).getCell(1).getCellStyle().getFont().getBold()).isTrue(); // as the title
            assertThat(records.getRow(1).getCell(1).getCellStyle().getFont().getItalic()).isTrue(); // as the note
            assertThat(locked(records, 2, 1)).isTrue(); // the header
            assertThat(records.getColumnStyle(1).getLocked()).isFalse(); // the input rows below
        }
    }

    @Test
    void amountsAndCountsHeldAsTextAreMarkedOnTheirExactCellsAndTheMarkIsExplained() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            XSSFSheet funding = wb.getSheet("Funding");
            assertMark(funding, "E4:G33", "AND(ISTEXT(E4),E4<>\"\")");
            assertThat(text(funding, 1, 3)).startsWith("A money cell coloured like this one holds its amount as text")
                    .contains("the Total leaves it out").endsWith("Retype the amount as a number.");
            assertLegendColours((XSSFCellStyle) funding.getRow(1).getCell(3).getCellStyle());

            XSSFSheet families = wb.getSheet("Families");
            assertMark(families, "B3:B7", "AND(ISTEXT(B3),B3<>\"\")");
            assertThat(text(families, 1, 0)).isEqualTo("A figure coloured like this one is held as text (pasted"
                    + " from an e-mail, or typed into a cell formatted as text): retype it as a number.");
            assertLegendColours((XSSFCellStyle) families.getRow(1).getCell(0).getCellStyle());
            assertThat(ReturnTemplateTests.allText(wb.getSheet("Instructions")))
                    .contains("the cell turns red (dark red on pink) to say so; retype it.");
        }
        // a legacy .xls gets the same marks
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            ReturnTemplate.fillIn(legacy, FilledReturn.of(REGISTER.entryFor("E08000025", Q2).orElseThrow(), Q2));
            assertThat(ranges(legacy, "Funding")).containsExactly("E4:G33");
            assertThat(ranges(legacy, "Families")).containsExactly("B3:B7");
        }
    }

    static void assertMark(XSSFSheet sheet, String range, String formula) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
        ConditionalFormatting mark = formatting.getConditionalFormattingAt(0);
        assertThat(mark.getFormattingRanges()).containsExactly(CellRangeAddress.valueOf(range));
        assertThat(mark.getNumberOfRules()).isEqualTo(1);
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) mark.getRule(0);
        assertThat(rule.getFormula1()).isEqualTo(formula);
        assertThat(((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getRGB())
                .isEqualTo(MARK_FILL);
        assertThat(((XSSFColor) rule.getFontFormatting().getFontColor()).getRGB()).isEqualTo(MARK_FONT);
    }

    static void assertLegendColours(XSSFCellStyle legend) {
        assertThat(legend.getFillForegroundXSSFColor().getRGB()).isEqualTo(MARK_FILL);
        assertThat(legend.getFont().getXSSFColor().getRGB()).isEqualTo(MARK_FONT);
        assertThat(legend.getLocked()).isTrue();
    }

    static List<String> ranges(Workbook wb, String sheet) {
        SheetConditionalFormatting formatting = wb.getSheet(sheet).getSheetConditionalFormatting();
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            for (CellRangeAddress range : formatting.getConditionalFormattingAt(i).getFormattingRanges()) {
                ranges.add(range.formatAsString());
            }
        }
        return ranges;
    }
}
