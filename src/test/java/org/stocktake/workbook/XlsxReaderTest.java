package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.standard.Rule;

class XlsxReaderTest {

    @TempDir
    Path dir;

    /** Writes the same content into an XSSF or HSSF workbook. */
    static void fill(Workbook wb, boolean evaluate) {
        CreationHelper helper = wb.getCreationHelper();
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet cover = wb.createSheet("Cover");
        Sheet other = wb.createSheet("  family Records ");
        Row r1 = cover.createRow(0);
        r1.createCell(0).setCellValue("Area code:");
        r1.createCell(1).setCellValue("  E06000001 ");
        r1.createCell(2).setCellValue("");
        Row r2 = cover.createRow(1);
        r2.createCell(0).setCellValue(1234);
        r2.createCell(1).setCellValue(1234.5);
        r2.createCell(2).setCellValue(0.1 + 0.2);
        r2.createCell(3).setCellValue(123456789012345678.0);
        r2.createCell(4).setCellValue(1e3);
        r2.createCell(5).setCellValue(-0.000012345);
        Row r3 = cover.createRow(2);
        var date = r3.createCell(0);
        date.setCellValue(LocalDate.of(2024, 3, 31));
        date.setCellStyle(dateStyle);
        r3.createCell(1).setCellValue("2024-03-31");
        r3.createCell(2).setCellValue(true);
        r3.createCell(3).setCellValue(false);
        Row r4 = cover.createRow(3);
        r4.createCell(0).setCellFormula("A2+B2");
        r4.createCell(1).setCellFormula("1/0");
        r4.createCell(2).setCellFormula("\"x\"&B1");
        Row r6 = cover.createRow(5);
        r6.createCell(0).setCellValue("merged");
        cover.addMergedRegion(new CellRangeAddress(5, 6, 0, 2));
        other.createRow(0).createCell(0).setCellValue("Family reference");
        if (evaluate) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
    }

    static void assertContent(ReturnWorkbook wb) throws Exception {
        assertThat(wb.sheetNames()).containsExactly("Cover", "  family Records ");
        assertThat(wb.sheetNamed("FAMILY RECORDS")).contains("  family Records ");
        Grid g = wb.grid("Cover");
        assertThat(g.cell(1, 0).orElseThrow().text()).isEqualTo("Area code:");
        assertThat(g.cell(1, 1).orElseThrow().text()).isEqualTo("  E06000001 ");
        assertThat(g.cell(1, 2)).isEmpty();
        assertThat(num(g, 2, 0)).isEqualTo("1234");
        assertThat(num(g, 2, 1)).isEqualTo("1234.5");
        assertThat(num(g, 2, 2)).isEqualTo("0.3");
        assertThat(num(g, 2, 3)).isEqualTo("123456789012346000");
        assertThat(num(g, 2, 4)).isEqualTo("1000");
        assertThat(num(g, 2, 5)).isEqualTo("-0.000012345");
        assertThat(g.cell(2, 0).orElseThrow().number()).isEqualTo(new BigDecimal("1234"));
        Cell date = g.cell(3, 0).orElseThrow();
        assertThat(date.kind()).isEqualTo(Cell.Kind.DATE);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(date.text()).isEqualTo("2024-03-31");
        Cell textDate = g.cell(3, 1).orElseThrow();
        assertThat(textDate.kind()).isEqualTo(Cell.Kind.TEXT);
        assertThat(textDate.text()).isEqualTo("2024-03-31");
        assertThat(g.cell(3, 2).orElseThrow().kind()).isEqualTo(Cell.Kind.BOOLEAN);
        assertThat(g.cell(3, 2).orElseThrow().text()).isEqualTo("TRUE");
        assertThat(g.cell(3, 3).orElseThrow().text()).isEqualTo("FALSE");
        assertThat(num(g, 4, 0)).isEqualTo("2468.5");
        Cell error = g.cell(4, 1).orElseThrow();
        assertThat(error.kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
        assertThat(error.text()).isEqualTo("#DIV/0!");
        assertThat(g.cell(4, 2).orElseThrow().text()).isEqualTo("x  E06000001 ");
        for (int row = 6; row <= 7; row++) {
            for (int col = 0; col <= 2; col++) {
                assertThat(g.cell(row, col).orElseThrow().text()).as("merged %d,%d", row, col).isEqualTo("merged");
            }
        }
        assertThat(wb.grid("  family Records ").cell(1, 0).orElseThrow().text()).isEqualTo("Family reference");
    }

    static String num(Grid g, int row, int col) {
        Cell cell = g.cell(row, col).orElseThrow();
        assertThat(cell.kind()).isEqualTo(Cell.Kind.NUMBER);
        return cell.text();
    }

    @Test
    void readsPoiWrittenXlsxWithCachedValues() throws Exception {
        Path file = dir.resolve("values.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, true);
            wb.write(out);
        }
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertContent(wb);
        }
    }

    @Test
    void evaluatesFormulasWithoutCachedValues() throws Exception {
        Path file = dir.resolve("nocache.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb, false);
            Sheet s = wb.getSheetAt(0);
            Row r = s.createRow(9);
            r.createCell(1).setCellValue(10.1);
            s.createRow(10).createCell(1).setCellValue(20.2);
            s.createRow(11).createCell(1).setCellValue(30.3);
            s.createRow(12).createCell(1).setCellFormula("SUM(B10:B12)");
            s.createRow(13).createCell(1).setCellFormula("NOSUCHFUNCTION(1)");
            wb.write(out);
        }
        // make sure there is no cached value: strip every <v> that follows a formula
        Path stripped = TestFiles.rewrite(file, dir.resolve("stripped.xlsx"), "sheet1.xml",
                xml -> xml.replaceAll("(</f>|<f/>)<v>[^<]*</v>", "$1"));
        assertThat(TestFiles.entryText(stripped, "xl/worksheets/sheet1.xml")).contains("<f>SUM(B10:B12)</f></c>");
        try (ReturnWorkbook wb = Workbooks.open(stripped)) {
            assertContent(wb);
            Grid g = wb.grid("Cover");
            assertThat(num(g, 13, 1)).isEqualTo("60.6");
            Cell bad = g.cell(14, 1).orElseThrow();
            assertThat(bad.kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
            // the streamed sheet does not evaluate
            List<Cell> streamed = new ArrayList<>();
            wb.stream("Cover", (row, cells) -> {
                if (row == 13) {
                    streamed.addAll(cells);
                }
                return true;
            });
            assertThat(streamed).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
                assertThat(c.text()).contains("=SUM(B10:B12)");
            });
        }
        // openpyxl style: an empty <v></v>
        Path empty = TestFiles.rewrite(stripped, dir.resolve("emptyv.xlsx"), "sheet1.xml",
                xml -> xml.replace("</f></c>", "</f><v></v></c>"));
        try (ReturnWorkbook wb = Workbooks.open(empty)) {
            assertThat(num(wb.grid("Cover"), 13, 1)).isEqualTo("60.6");
        }
    }

    @Test
    void evaluatesAcrossSheetsAndKeepsDateFormats() throws Exception {
        Path file = dir.resolve("cross.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet summary = wb.createSheet("Summary");
            Sheet funding = wb.createSheet("Funding");
            double[] amounts = {1000.10, 2000.20, 0.01, 99999.99, 12.5};
            for (int i = 0; i < amounts.length; i++) {
                funding.createRow(4 + i).createCell(4).setCellValue(amounts[i]);
            }
            funding.createRow(9).createCell(4).setCellFormula("SUM(E5:E9)");
            Row row = summary.createRow(0);
            row.createCell(1).setCellFormula("Funding!E10*2");
            var date = row.createCell(2);
            date.setCellFormula("DATE(2024,3,31)");
            date.setCellStyle(dateStyle);
            row.createCell(3).setCellFormula("Funding!E5/0");
            row.createCell(4).setCellFormula("[1]Sheet1!A1");
            wb.write(out);
        }
        Path stripped = TestFiles.rewrite(file, dir.resolve("cross-stripped.xlsx"), ".xml",
                xml -> xml.replaceAll("(</f>)<v>[^<]*</v>", "$1"));
        try (ReturnWorkbook wb = Workbooks.open(stripped)) {
            Grid g = wb.grid("Summary");
            assertThat(num(g, 1, 1)).isEqualTo("206025.6");
            Cell date = g.cell(1, 2).orElseThrow();
            assertThat(date.kind()).isEqualTo(Cell.Kind.DATE);
            assertThat(date.date()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(g.cell(1, 3).orElseThrow().text()).isEqualTo("#DIV/0!");
            assertThat(g.cell(1, 4).orElseThrow().kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
            assertThat(num(wb.grid("Funding"), 10, 4)).isEqualTo("103012.8");
        }
    }

    @Test
    void readsDatesInThe1904System() throws Exception {
        Path file = dir.resolve("1904.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = wb.createSheet("Cover").createRow(0);
            var c = row.createCell(0);
            c.setCellValue(35064); // days after 1 Jan 1904: 96 × 365 + 24 leap days
            c.setCellStyle(style);
            row.createCell(1).setCellValue(35064);
            wb.write(out);
        }
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            Grid g = wb.grid("Cover");
            assertThat(g.cell(1, 0).orElseThrow().date()).isEqualTo(LocalDate.of(2000, 1, 1));
            assertThat(g.cell(1, 0).orElseThrow().number()).isEqualTo(new BigDecimal("35064"));
            assertThat(g.cell(1, 1).orElseThrow().kind()).isEqualTo(Cell.Kind.NUMBER);
        }
    }

    @Test
    void datesFarApartAndOnEitherSideOfTheMissingLeapDayAreEachTheirOwn() throws Exception {
        // given date cells whose serials meet in the reader's memory of dates (2,048 days apart), and the 1900
        // system's edges: day 60 is the 29 February 1900 that never was, shown by Excel, dated 1 March as POI dates it
        LocalDate first = LocalDate.of(2011, 4, 1);
        List<LocalDate> dates = List.of(first, first.plusDays(2048), first, first.plusDays(-2048), first.plusDays(2048),
                LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28), LocalDate.of(1900, 3, 1));
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Family records");
            for (int i = 0; i < dates.size(); i++) {
                var c = sheet.createRow(i).createCell(0);
                c.setCellValue(dates.get(i));
                c.setCellStyle(style);
            }
            sheet.createRow(dates.size()).createCell(0).setCellValue(60);
            sheet.getRow(dates.size()).getCell(0).setCellStyle(style);
            wb.write(out);
        }

        // when the sheet streams
        List<LocalDate> read = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            wb.stream("Family records", (r, cells) -> {
                read.add(cells.get(0).date());
                serials.add(cells.get(0).number().toPlainString());
                return true;
            });
        }

        // then each date is its own, and its serial the one Excel stores
        List<LocalDate> expected = new ArrayList<>(dates);
        expected.add(LocalDate.of(1900, 3, 1));
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(serials).containsExactly("40634", "42682", "40634", "38586", "42682", "1", "59", "61", "60");
    }

    @Test
    void handWrittenXmlWithPrefixesInlineStringsAndNoRowNumbers() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheetData>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>first</x:t></x:is></x:c><x:c t=\"inlineStr\"><x:is><x:r><x:t>rich </x:t></x:r>"
                + "<x:r><x:t>text</x:t></x:r><x:rPh><x:t>PHONETIC</x:t></x:rPh></x:is></x:c></x:row>"
                + "<x:row><x:c><x:v>1E+3</x:v></x:c><x:c/><x:c t=\"b\"><x:v>1</x:v></x:c></x:row>"
                + "<x:row r=\"7\"><x:c r=\"D7\" t=\"e\"><x:f>#REF!+1</x:f><x:v>#REF!</x:v></x:c><x:c t=\"str\"><x:f>\"a\"</x:f><x:v>a_x000D_b</x:v></x:c></x:row>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>after 7</x:t></x:is></x:c><x:c><x:v>1E+999999999</x:v></x:c>"
                + "<x:c><x:v>-1.5E-3</x:v></x:c></x:row>"
                + "</x:sheetData><x:mergeCells><x:mergeCell ref=\"A1:A1048576\"/></x:mergeCells></x:worksheet>";
        Path file = TestFiles.minimalXlsx(dir.resolve("hand.xlsx"), "Data", sheet);
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            Grid g = wb.grid("Data");
            assertThat(g.cell(1, 0).orElseThrow().text()).isEqualTo("first");
            assertThat(g.cell(1, 1).orElseThrow().text()).isEqualTo("rich text");
            assertThat(num(g, 2, 0)).isEqualTo("1000");
            assertThat(g.cell(2, 2).orElseThrow().text()).isEqualTo("TRUE");
            assertThat(g.cell(7, 3).orElseThrow().kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
            assertThat(g.cell(7, 3).orElseThrow().text()).isEqualTo("#REF!");
            assertThat(g.cell(7, 4).orElseThrow().text()).isEqualTo("a\rb");
            assertThat(g.cell(8, 0).orElseThrow().text()).isEqualTo("after 7");
            assertThat(g.cell(8, 1).orElseThrow().kind()).isEqualTo(Cell.Kind.TEXT);
            assertThat(num(g, 8, 2)).isEqualTo("-0.0015");
            // a whole-column merge fills only the used rows
            assertThat(g.lastRow()).isEqualTo(8);
            assertThat(g.cell(3, 0).orElseThrow().text()).isEqualTo("first");
        }
    }

    @Test
    void aHugeCellIsRefusedAfter32767Characters() throws Exception {
        byte[] chunk = "a".repeat(1 << 16).getBytes();
        Path file = TestFiles.minimalXlsx(dir.resolve("bomb.xlsx"), "Cover", "", out -> {
            out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>").getBytes());
            for (int i = 0; i < 1024; i++) { // 64 MiB of text
                out.write(chunk);
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes());
        });
        assertThat(Files.size(file)).isLessThan(1024 * 1024);
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.grid("Cover")).isInstanceOfSatisfying(WorkbookException.class, e -> {
                assertThat(e.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
                assertThat(e.sheet()).isEqualTo("Cover");
                assertThat(e.cell()).isEqualTo("B1");
            });
        }
    }

    @Test
    void aHighlyInflatingPartIsRefused() throws Exception {
        byte[] chunk = " ".repeat(1 << 16).getBytes();
        Path file = TestFiles.minimalXlsx(dir.resolve("ratio.xlsx"), "Cover", "", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
            for (int i = 0; i < 2048; i++) { // 128 MiB of white space
                out.write(chunk);
            }
            out.write("</sheetData></worksheet>".getBytes());
        });
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.stream("Cover", (r, c) -> true))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.rule()).isEqualTo(Rule.FILE_TOO_LARGE));
        }
    }

    @Test
    void tooManyRowsAndTooManyCells() throws Exception {
        // 1,000 data rows plus the 30-row header allowance may pass; the 1,031st row is over the limit
        Path file = rows("rows", java.util.stream.IntStream.rangeClosed(1, 1031).toArray());
        try (ReturnWorkbook wb = Workbooks.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(1000))) {
            assertThatThrownBy(() -> wb.stream("Family records", (r, c) -> true))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.rule()).isEqualTo(Rule.FILE_TOO_LARGE));
        }
        try (ReturnWorkbook wb = Workbooks.open(file, WorkbookLimits.DEFAULT.withMaxRowsPerSheet(1001))) {
            int[] rows = new int[1];
            wb.stream("Family records", (r, c) -> ++rows[0] > 0);
            assertThat(rows[0]).isEqualTo(1031);
        }
        try (ReturnWorkbook wb = Workbooks.open(file, WorkbookLimits.DEFAULT.withMaxGridCells(500))) {
            assertThatThrownBy(() -> wb.grid("Family records"))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.rule()).isEqualTo(Rule.FILE_TOO_LARGE));
            int[] rows = new int[1];
            wb.stream("Family records", (r, c) -> ++rows[0] < 10);
            assertThat(rows[0]).isEqualTo(10);
        }
    }

    @Test
    void rowsMustComeInOrderAndWithinASheet() throws Exception {
        // given parts whose row numbers repeat, go back, or pass the sheet's last row (1,048,576)
        Path repeated = rows("repeated", 4, 5, 5, 6);
        Path back = rows("back", 2, 7, 3);
        Path beyond = rows("beyond", 2, 1_048_577);
        Path last = rows("last", 2, 1_048_576);

        // then each damaged one is refused, naming sheet and cell, by both readers
        for (ReaderCall read : List.<ReaderCall>of(wb -> wb.stream("Family records", (r, c) -> true),
                wb -> wb.grid("Family records"))) {
            assertRefused(repeated, read, "A5", "sheet 'Family records' lists row 5 after row 5; a sheet lists its"
                    + " rows in order");
            assertRefused(back, read, "A3", "sheet 'Family records' lists row 3 after row 7");
            assertRefused(beyond, read, "", "sheet 'Family records' has a row 1,048,577, beyond a sheet's 1,048,576"
                    + " rows");
        }
        // and the sheet's last row is a row like any other
        try (ReturnWorkbook wb = Workbooks.open(last)) {
            List<Integer> seen = new ArrayList<>();
            wb.stream("Family records", (r, c) -> seen.add(r));
            assertThat(seen).containsExactly(2, 1_048_576);
        }
    }

    private interface ReaderCall {
        void read(ReturnWorkbook wb) throws Exception;
    }

    private Path rows(String name, int... numbers) throws IOException {
        StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r : numbers) {
            xml.append("<row r=\"").append(r).append("\"><c><v>").append(r).append("</v></c></row>");
        }
        xml.append("</sheetData></worksheet>");
        return TestFiles.minimalXlsx(dir.resolve(name + ".xlsx"), "Family records", xml.toString());
    }

    private static void assertRefused(Path file, ReaderCall read, String cell, String message) throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> read.read(wb)).isInstanceOfSatisfying(WorkbookException.class, e -> {
                assertThat(e.rule()).isEqualTo(Rule.FILE_UNREADABLE);
                assertThat(e.sheet()).isEqualTo("Family records");
                assertThat(e.cell()).isEqualTo(cell);
                assertThat(e.getMessage()).contains(message);
            });
        }
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
        Path file = TestFiles.minimalXlsx(dir.resolve("dtd.xlsx"), "Cover", sheet);
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertThatThrownBy(() -> wb.grid("Cover")).isInstanceOfSatisfying(WorkbookException.class,
                    e -> assertThat(e.rule()).isEqualTo(Rule.FILE_UNREADABLE));
        }
    }
}
