package org.stocktake.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a template as an officer would, with POI; formulas are evaluated so the Total has cached values. */
public final class TemplateFiller {

    private TemplateFiller() {
    }

    public static Path fill(Path template, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet cover = wb.getSheet("Cover");
            cover.getRow(7).getCell(1).setCellValue("Asha Patel");
            cover.getRow(8).getCell(1).setCellValue("asha.patel@birmingham.gov.uk");
            cover.getRow(9).getCell(1).setCellValue("Tom Okafor");
            cover.getRow(10).getCell(1).setCellValue(LocalDate.of(2012, 10, 15));
            XSSFSheet families = wb.getSheet("Families");
            long[] figures = {4000, 50, 300, 120, 500};
            for (int i = 0; i < figures.length; i++) {
                families.getRow(2 + i).getCell(1).setCellValue(figures[i]);
            }
            XSSFSheet funding = wb.getSheet("Funding");
            Object[][] lines = {
                    {"Local authority", "Troubled families team", "Local", "Pooled", 1200000.00, 600000.00, 450000.50},
                    {"Police", "Integrated offender management", "Local", "Aligned", 250000.0, 125000.0, 100000.0},
                    {"DWP", "ESF families provision", "Central", "Virtual pool", 400000.0, 200000.25, 150000.0}};
            for (int i = 0; i < lines.length; i++) {
                for (int c = 0; c < lines[i].length; c++) {
                    XSSFCell cell = funding.getRow(3 + i).getCell(c);
                    if (lines[i][c] instanceof String s) {
                        cell.setCellValue(s);
                    } else {
                        cell.setCellValue((Double) lines[i][c]);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Files.createDirectories(target.getParent());
            try (OutputStream o = Files.newOutputStream(target)) {
                wb.write(o);
            }
        }
        return target;
    }
}
