package org.stocktake.template;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.ExplanationColumns;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/**
 * The template's page setup ({@link SheetLayout#print}): each sheet prints one page wide on A4, landscape where its
 * columns are wider than a portrait page, its table header repeated on every page, with a footer naming the area,
 * the period, the sheet and the page. Family records and Explanations print whole columns, so the rows an officer
 * adds are printed; the blank template prints on a page per sheet, two for the Instructions.
 */
final class TemplatePrint {

    private final Workbook wb;
    private final String footer;
    private final int fundingHeader;

    TemplatePrint(Workbook wb, FilledReturn values) {
        this.wb = wb;
        this.footer = values.areaName() + " (" + values.cover(CoverLabels.AREA_CODE) + "), " + values.period();
        this.fundingHeader = values.fundingHeaderRow() - 1;
    }

    void setUp() {
        Sheet instructions = wb.getSheet(TemplateSheets.INSTRUCTIONS);
        SheetLayout.print(instructions, cells(instructions.getLastRowNum(), 0), false, -1, footer);
        SheetLayout.print(wb.getSheet(ReturnLayout.COVER), cells(TemplateSheets.labelRow(last(CoverLabels.ALL)), 2),
                true, -1, footer);
        SheetLayout.print(wb.getSheet(ReturnLayout.FAMILIES),
                cells(TemplateSheets.labelRow(last(FamiliesLabels.ALL)), 2), true, -1, footer);
        Sheet funding = wb.getSheet(ReturnLayout.FUNDING);
        SheetLayout.print(funding, cells(funding.getLastRowNum(), FundingColumns.ALL.size() - 1), true, fundingHeader,
                footer);
        SheetLayout.print(wb.getSheet(ReturnLayout.FAMILY_RECORDS), columns(RecordColumns.ALL.size() - 1), false,
                TemplateTables.RECORDS_HEADER_ROW - 1, footer);
        SheetLayout.print(wb.getSheet(ReturnLayout.EXPLANATIONS), columns(ExplanationColumns.ALL.size() - 1), false,
                0, footer);
    }

    /** {@code $A$1:$C$11}: from A1 to a last row and column (0-based). */
    private static String cells(int lastRow, int lastColumn) {
        return "$A$1:" + new CellReference(lastRow, lastColumn, true, true).formatAsString();
    }

    /** {@code $A:$E}: whole columns from A to a last column (0-based). */
    private static String columns(int lastColumn) {
        return "$A:$" + CellReference.convertNumToColString(lastColumn);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
