package org.stocktake.template;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The template's few cell styles. Input cells are pale yellow with a border and unlocked; everything else
 * keeps Excel's default "locked", so sheet protection (without a password) guards labels, headers and totals.
 * A legacy {@code .xls} workbook gets the same colours through its palette. The font is {@link SheetLayout}'s.
 */
final class TemplateStyles {

    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    static final byte[] PREFILLED_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    static final String MONEY_FORMAT = SheetLayout.MONEY_FORMAT;
    /** The mark of a number held as text (conditional formatting): Excel's "light red fill with dark red text". */
    static final byte[] TEXT_MARK_FILL = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    static final byte[] TEXT_MARK_FONT = {(byte) 0x9C, (byte) 0x00, (byte) 0x06};
    static final String DATE_FORMAT = SheetLayout.DATE_FORMAT;
    static final String COUNT_FORMAT = "#,##0";

    final CellStyle title;
    final CellStyle label;
    final CellStyle header;
    final CellStyle hint;
    final CellStyle text;
    final CellStyle heading;
    final CellStyle prefilled;
    final CellStyle input;
    /** An input cell for a sentence or two, such as an explanation. */
    final CellStyle inputWrapped;
    final CellStyle inputDate;
    final CellStyle inputCount;
    final CellStyle inputMoney;
    final CellStyle total;
    final CellStyle totalMoney;
    /** The legend of the text mark: a cell that looks like a marked cell and says what the mark means. */
    final CellStyle legend;

    TemplateStyles(Workbook wb) {
        SheetLayout.useDefaultFont(wb);
        Font bold = SheetLayout.font(wb, true, false, SheetLayout.FONT_POINTS);
        Font big = SheetLayout.font(wb, true, false, 14);
        Font italic = SheetLayout.font(wb, false, true, SheetLayout.FONT_POINTS);
        Font markFont = SheetLayout.font(wb, false, false, SheetLayout.FONT_POINTS);

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
        inputWrapped = inputStyle(wb);
        inputWrapped.setWrapText(true);
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

        legend = bordered(wb);
        legend.setWrapText(true);
        fill(wb, legend, TEXT_MARK_FILL, IndexedColors.ROSE);
        color(wb, markFont, TEXT_MARK_FONT, IndexedColors.DARK_RED);
        legend.setFont(markFont);
    }

    /**
     * Marks the cells of a range that hold text (a number typed into a text-formatted cell or pasted from an
     * e-mail is text, which a SUM leaves out) with the legend's colours. {@code ISTEXT} and {@code <>""} are
     * evaluated alike by Excel and LibreOffice; the formula is relative to the range's top-left cell.
     */
    static void markText(Sheet sheet, CellRangeAddress range) {
        String corner = new CellReference(range.getFirstRow(), range.getFirstColumn()).formatAsString();
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                "AND(ISTEXT(" + corner + ")," + corner + "<>\"\")");
        PatternFormatting fill = rule.createPatternFormatting();
        FontFormatting font = rule.createFontFormatting();
        if (sheet instanceof XSSFSheet) {
            fill.setFillBackgroundColor(new XSSFColor(TEXT_MARK_FILL, null));
            font.setFontColor(new XSSFColor(TEXT_MARK_FONT, null));
        } else {
            fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
            font.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        }
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    private static void color(Workbook wb, Font font, byte[] rgb, IndexedColors legacyEntry) {
        if (font instanceof XSSFFont xssf) {
            xssf.setColor(new XSSFColor(rgb, null));
        } else {
            ((HSSFWorkbook) wb).getCustomPalette().setColorAtIndex(legacyEntry.getIndex(), rgb[0], rgb[1], rgb[2]);
            font.setColor(legacyEntry.getIndex());
        }
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
