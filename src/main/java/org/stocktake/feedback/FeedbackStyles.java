package org.stocktake.feedback;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.stocktake.standard.Severity;
import org.stocktake.template.SheetLayout;

/**
 * The copy's cell styles, in the template's font: plain, date or money (the template's money format), each
 * unfilled, red (error) or amber (warning); and the Feedback sheet's own.
 */
final class FeedbackStyles {

    static final byte[] RED = {(byte) 0xFF, (byte) 0x80, (byte) 0x80};
    static final byte[] AMBER = {(byte) 0xFF, (byte) 0xC0, (byte) 0x00};

    /** What a copied cell shows: its value as it is, a date, or money. */
    enum Shown { PLAIN, DATE, MONEY }

    private final CellStyle[][] copied = new CellStyle[Shown.values().length][3];
    final CellStyle bold;
    final CellStyle wrap;
    /** Unwrapped text at the top of a row, beside wrapped cells. */
    final CellStyle top;
    final CellStyle link;

    FeedbackStyles(SXSSFWorkbook wb) {
        SheetLayout.useDefaultFont(wb);
        short dateFormat = wb.createDataFormat().getFormat(SheetLayout.DATE_FORMAT);
        short moneyFormat = wb.createDataFormat().getFormat(SheetLayout.MONEY_FORMAT);
        for (Shown shown : Shown.values()) {
            for (int fill = 0; fill < 3; fill++) {
                CellStyle style = style(wb, fill);
                if (shown == Shown.DATE) {
                    style.setDataFormat(dateFormat);
                } else if (shown == Shown.MONEY) {
                    style.setDataFormat(moneyFormat);
                }
                copied[shown.ordinal()][fill] = style;
            }
        }
        bold = wb.createCellStyle();
        bold.setFont(SheetLayout.font(wb, true, false, SheetLayout.FONT_POINTS));
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        top = wb.createCellStyle();
        top.setVerticalAlignment(VerticalAlignment.TOP);
        Font linkFont = SheetLayout.font(wb, false, false, SheetLayout.FONT_POINTS);
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(linkFont);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The style of a copied cell: how it is shown, filled for the worst severity on it (none when null). */
    CellStyle of(Shown shown, Severity severity) {
        int fill = severity == Severity.ERROR ? 1 : severity == Severity.WARNING ? 2 : 0;
        return copied[shown.ordinal()][fill];
    }

    private static CellStyle style(SXSSFWorkbook wb, int fill) {
        XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill > 0) {
            style.setFillForegroundColor(new XSSFColor(fill == 1 ? RED : AMBER, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
