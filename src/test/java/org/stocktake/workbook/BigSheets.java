package org.stocktake.workbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/** Writes a "Family records"-like sheet with POI SXSSF (shared strings on, as Excel would). */
final class BigSheets {

    static final List<String> OUTCOMES = RecordColumns.OUTCOME.codes();

    private BigSheets() {
    }

    static String ref(int i) {
        return String.format("FR%07d", i);
    }

    static LocalDate identified(int i) {
        return LocalDate.of(2020, 1, 1).plusDays(i % 1500);
    }

    /** Header row 1, then {@code rows} data rows (rows 2..rows+1) of 6 columns. */
    static Path write(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            wb.createSheet("Cover").createRow(0).createCell(0).setCellValue("Cover");
            Sheet sheet = wb.createSheet(ReturnLayout.FAMILY_RECORDS);
            Row header = sheet.createRow(0);
            List<String> names = new ArrayList<>(ReturnLayout.headers(RecordColumns.ALL));
            names.add("Members");
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(ref(i));
                var c1 = row.createCell(1);
                c1.setCellValue(identified(i));
                c1.setCellStyle(date);
                var c2 = row.createCell(2);
                c2.setCellValue(identified(i).plusDays(30));
                c2.setCellStyle(date);
                if (i % 3 == 0) {
                    var c3 = row.createCell(3);
                    c3.setCellValue(identified(i).plusDays(200));
                    c3.setCellStyle(date);
                }
                row.createCell(4).setCellValue(OUTCOMES.get(i % OUTCOMES.size()));
                row.createCell(5).setCellValue(i % 7 + 0.5);
            }
            wb.write(out);
        }
        return file;
    }
}
