package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsPoiWrittenXls() throws Exception {
        Path file = dir.resolve("values.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XlsxReaderTest.fill(wb, true);
            wb.write(out);
        }
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            assertThat(wb).isInstanceOf(XlsWorkbook.class);
            XlsxReaderTest.assertContent(wb);
            List<Integer> rows = new ArrayList<>();
            wb.stream("Cover", (row, cells) -> rows.add(row));
            assertThat(rows).containsExactly(1, 2, 3, 4, 6);
        }
    }

    @Test
    void formatIsDecidedByContentNotName() throws Exception {
        Path file = dir.resolve("really-an-xls.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XlsxReaderTest.fill(wb, true);
            wb.write(out);
        }
        try (ReturnWorkbook wb = Workbooks.open(file)) {
            XlsxReaderTest.assertContent(wb);
        }
    }

    @Test
    void readsThe1904DateSystemOfAnXls() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("1904DateWindowing.xls"))) {
            Cell a1 = wb.grid("Sheet1").cell(1, 0).orElseThrow();
            assertThat(a1.kind()).isEqualTo(Cell.Kind.DATE);
            // serial 35064 in the 1904 system: 96 years of 365 days plus 24 leap days after 1 Jan 1904
            assertThat(a1.number()).isEqualTo(new BigDecimal("35064"));
            assertThat(a1.date()).isEqualTo(LocalDate.of(2000, 1, 1));
        }
    }
}
