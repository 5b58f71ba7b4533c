package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {

    @TempDir
    Path dir;

    @Test
    void streamsTwoHundredThousandRows() throws Exception {
        int rows = 200_000;
        Path file = BigSheets.write(dir.resolve("big.xlsx"), rows);
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            int[] count = new int[1];
            int[] lastRow = new int[1];
            List<Cell> first = new ArrayList<>();
            List<Cell> last = new ArrayList<>();
            wb.stream("family records", (row, cells) -> {
                count[0]++;
                if (row == 2) {
                    first.addAll(cells);
                }
                if (row == rows + 1) {
                    last.addAll(cells);
                }
                lastRow[0] = row;
                return true;
            });
            assertThat(count[0]).isEqualTo(rows + 1);
            assertThat(lastRow[0]).isEqualTo(rows + 1);
            assertThat(first).extracting(Cell::text)
                    .containsExactly("FR0000001", "2020-01-02", "2020-02-01", "Education", "1.5");
            assertThat(first.get(1).kind()).isEqualTo(Cell.Kind.DATE);
            assertThat(first.get(1).date()).isEqualTo(LocalDate.of(2020, 1, 2));
            LocalDate identified = BigSheets.identified(rows);
            assertThat(last).extracting(Cell::text).containsExactly("FR0200000", identified.toString(),
                    identified.plusDays(30).toString(), "Crime and ASB", (rows % 7) + ".5");
            assertThat(last).extracting(Cell::row).containsOnly(rows + 1);
            assertThat(last).extracting(Cell::column).containsExactly(0, 1, 2, 4, 5);
            // the same sheet read whole is over the grid limit
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> wb.grid("Family records"), WorkbookException.class).rule())
                    .isEqualTo(org.stocktake.standard.Rule.FILE_TOO_LARGE);
        }
    }

    /** POI's own ratio check (0.01) refuses such a sheet; the reader's policy must not. */
    @Test
    void aHighlyCompressibleTwentyThousandRowSheetIsNotABomb() throws Exception {
        Path file = dir.resolve("20k.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Family records");
            for (int r = 0; r < 20_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 6; c++) {
                    row.createCell(c).setCellValue(c == 0 ? "same text" : "");
                }
            }
            wb.write(out);
        }
        long inflated;
        long compressed;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            inflated = entry.getSize();
            compressed = entry.getCompressedSize();
        }
        System.out.printf("20,000-row sheet: %d bytes inflated, %d compressed, ratio %.0f:1%n", inflated, compressed,
                (double) inflated / compressed);
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            int[] rows = new int[1];
            wb.stream("Family records", (row, cells) -> ++rows[0] > 0);
            assertThat(rows[0]).isEqualTo(20_000);
        }
        // the same rows as a .NET writer emits them (no r= attributes) compress far beyond POI's 100:1
        String row = "<row><c t=\"inlineStr\"><is><t>same text</t></is></c><c><v>1</v></c><c><v>2</v></c></row>";
        Path plain = TestFiles.minimalXlsx(dir.resolve("20k-plain.xlsx"), "Family records", "", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
            for (int r = 0; r < 20_000; r++) {
                out.write(row.getBytes());
            }
            out.write("</sheetData></worksheet>".getBytes());
        });
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(plain.toFile())) {
            var entry = zip.getEntry("xl/worksheets/sheet1.xml");
            double ratio = (double) entry.getSize() / entry.getCompressedSize();
            System.out.printf("20,000-row sheet without r=: ratio %.0f:1%n", ratio);
            assertThat(ratio).isGreaterThan(100);
        }
        try (ReturnWorkbook wb = Workbooks.open(plain)) {
            int[] rows = new int[1];
            wb.stream("Family records", (r, cells) -> ++rows[0] > 0 && r == rows[0]);
            assertThat(rows[0]).isEqualTo(20_000);
        }
    }
}
