package org.stocktake.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template's few cell styles. Input cells are pale yellow with a border and unlocked; everything else
 * keeps Excel's default "locked", so sheet protection (without a password) guards labels, headers and totals.
 */
final class TemplateStyles {

    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    static final byte[] PREFILLED_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    static final String MONEY_FORMAT = "\"£\"#,##0.00";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String COUNT_FORMAT = "#,##0";

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle header;
    final XSSFCellStyle hint;
    final XSSFCellStyle text;
    final XSSFCellStyle heading;
    final XSSFCellStyle prefilled;
    final XSSFCellStyle input;
    final XSSFCellStyle inputDate;
    final XSSFCellStyle inputCount;
    final XSSFCellStyle inputMoney;
    final XSSFCellStyle total;
    final XSSFCellStyle totalMoney;

    TemplateStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont italic = wb.createFont();
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
        header.setFillForegroundColor(new XSSFColor(PREFILLED_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        hint = wb.createCellStyle();
        hint.setFont(italic);
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);
        text = wb.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        prefilled = bordered(wb);
        prefilled.setFillForegroundColor(new XSSFColor(PREFILLED_FILL, null));
        prefilled.setFillPattern(FillPatternType.SOLID_FOREGROUND);

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

    private static XSSFCellStyle inputStyle(XSSFWorkbook wb) {
        XSSFCellStyle style = bordered(wb);
        style.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setLocked(false);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook wb) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    static boolean isInput(CellStyle style) {
        return !style.getLocked();
    }
}
