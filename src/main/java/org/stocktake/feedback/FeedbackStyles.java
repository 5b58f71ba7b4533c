package org.stocktake.feedback;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.stocktake.standard.Severity;

/** The copy's cell styles: plain or date, each unfilled, red (error) or amber (warning). */
final class FeedbackStyles {

    static final byte[] RED = {(byte) 0xFF, (byte) 0x80, (byte) 0x80};
    static final byte[] AMBER = {(byte) 0xFF, (byte) 0xC0, (byte) 0x00};

    private final CellStyle[] plain = new CellStyle[3];
    private final CellStyle[] date = new CellStyle[3];
    final CellStyle bold;
    final CellStyle wrap;
    final CellStyle link;

    FeedbackStyles(SXSSFWorkbook wb) {
        short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
        for (int i = 0; i < 3; i++) {
            plain[i] = style(wb, i);
            date[i] = style(wb, i);
            date[i].setDataFormat(dateFormat);
        }
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Font linkFont = wb.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(linkFont);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** The style of a copied cell: a date or not, filled for the worst severity on it (none when null). */
    CellStyle of(boolean isDate, Severity severity) {
        int i = severity == Severity.ERROR ? 1 : severity == Severity.WARNING ? 2 : 0;
        return isDate ? date[i] : plain[i];
    }

    private static CellStyle style(SXSSFWorkbook wb, int fill) {
        XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
        if (fill > 0) {
            style.setFillForegroundColor(new XSSFColor(fill == 1 ? RED : AMBER, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
