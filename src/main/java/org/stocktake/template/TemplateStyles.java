package org.stocktake.template;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The template's few cell styles. Input cells are pale yellow with a border and unlocked; everything else
 * keeps Excel's default "locked", so sheet protection (without a password) guards labels, headers and totals.
 * A legacy {@code .xls} workbook gets the same colours through its palette.
 */
final class TemplateStyles {

    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    static final byte[] PREFILLED_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    static final String MONEY_FORMAT = "\"£\"#,##0.00";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String COUNT_FORMAT = "#,##0";

    final CellStyle title;
    final CellStyle label;
    final CellStyle header;
    final CellStyle hint;
    final CellStyle text;
    final CellStyle heading;
    final CellStyle prefilled;
    final CellStyle input;
    final CellStyle inputDate;
    final CellStyle inputCount;
    final CellStyle inputMoney;
    final CellStyle total;
    final CellStyle totalMoney;

    TemplateStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font italic = wb.createFont();
        italic.setItalic(true);

        title = wb.createCellStyle();
        title.setFont(big);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        heading.setWrapText(true);
        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        fill(wb, header, PREFILLED_FILL, IndexedColors.GREY_25_PERCENT);
        hint = wb.createCellStyle();
        hint.setFont(italic);
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        prefilled = bordered(wb);
        fill(wb, prefilled, PREFILLED_FILL, IndexedColors.GREY_25_PERCENT);

        input = inputStyle(wb);
        inputDate = inputStyle(wb);
        inputDate.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
        inputCount = inputStyle(wb);
        inputCount.setDataFormat(wb.createDataFormat().getFormat(COUNT_FORMAT));
        inputMoney = inputStyle(wb);
        inputMoney.setDataFormat(wb.createDataFormat().getFormat(MONEY_FORMAT));

        total = bordered(wb);
        total.setFont(bold);
        totalMoney = bordered(wb);
        totalMoney.setFont(bold);
        totalMoney.setDataFormat(wb.createDataFormat().getFormat(MONEY_FORMAT));
    }

    private static CellStyle inputStyle(Workbook wb) {
        CellStyle style = bordered(wb);
        fill(wb, style, INPUT_FILL, IndexedColors.LIGHT_YELLOW);
        style.setLocked(false);
        return style;
    }

    /** A solid fill of an exact colour; in a legacy workbook, the palette entry is redefined to that colour. */
    private static void fill(Workbook wb, CellStyle style, byte[] rgb, IndexedColors legacyEntry) {
        if (style instanceof XSSFCellStyle xssf) {
            xssf.setFillForegroundColor(new XSSFColor(rgb, null));
        } else {
            ((HSSFWorkbook) wb).getCustomPalette().setColorAtIndex(legacyEntry.getIndex(), rgb[0], rgb[1], rgb[2]);
            style.setFillForegroundColor(legacyEntry.getIndex());
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
