package org.stocktake.testing;

import static org.stocktake.standard.CodeList.ALIGNED;
import static org.stocktake.standard.CodeList.CENTRAL;
import static org.stocktake.standard.CodeList.LOCAL;
import static org.stocktake.standard.CodeList.POOLED;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.template.ReturnTemplate;

/** Fills a template as an officer would, with POI; formulas are evaluated so the Total has cached values. */
public final class TemplateFiller {

    private TemplateFiller() {
    }

    public static Path fill(Path template, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet cover = wb.getSheet(ReturnLayout.COVER);
            valueCell(cover, CoverLabels.CONTACT_NAME).setCellValue("Asha Patel");
            valueCell(cover, CoverLabels.CONTACT_EMAIL).setCellValue("asha.patel@birmingham.gov.uk");
            valueCell(cover, CoverLabels.SIGNED_OFF_BY).setCellValue("Tom Okafor");
            valueCell(cover, CoverLabels.SIGNED_OFF_ON).setCellValue(LocalDate.of(2012, 10, 15));
            XSSFSheet families = wb.getSheet(ReturnLayout.FAMILIES);
            long[] figures = {4000, 50, 300, 120, 500};
            for (int i = 0; i < figures.length; i++) {
                valueCell(families, FamiliesLabels.ALL.get(i)).setCellValue(figures[i]);
            }
            XSSFSheet funding = wb.getSheet(ReturnLayout.FUNDING);
            Object[][] lines = {
                    {"Local authority", "Troubled families team", LOCAL, POOLED, 1200000.00, 600000.00, 450000.50},
                    {"Police", "Integrated offender management", LOCAL, ALIGNED, 250000.0, 125000.0, 100000.0},
                    {"DWP", "ESF families provision", CENTRAL, "Virtual pool", 400000.0, 200000.25, 150000.0}};
            int firstLine = headerRow(funding) + 1;
            for (int i = 0; i < lines.length; i++) {
                for (int c = 0; c < lines[i].length; c++) {
                    XSSFCell cell = funding.getRow(firstLine + i).getCell(c);
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

    /** The input cell of a label, where the template puts it. */
    private static XSSFCell valueCell(XSSFSheet sheet, Field field) {
        CellReference ref = new CellReference(ReturnTemplate.valueRef(field));
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The 0-based row of the Funding header, found by its first column as the standard finds it. */
    private static int headerRow(XSSFSheet funding) {
        for (int r = 0; r < ReturnLayout.HEADER_ROWS; r++) {
            XSSFCell first = funding.getRow(r) == null ? null : funding.getRow(r).getCell(0);
            if (first != null && FundingColumns.PARTNER.header().equals(first.toString())) {
                return r;
            }
        }
        throw new IllegalStateException("no Funding header in the template");
    }
}
