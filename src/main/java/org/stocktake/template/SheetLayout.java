package org.stocktake.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * How the workbooks officers get (the template and the annotated feedback copy) look on screen and on paper, in
 * Excel and in LibreOffice Calc alike: one font, row heights that fit wrapped text, and a page setup.
 *
 * <p>Neither program is trusted to size a wrapped row: Calc shows a row written without a height as one line,
 * and Excel re-measures only some rows. So every wrapped row gets a height computed here from its text, its
 * column width and its font ({@link #lines}). The computation holds in both programs because the font is Arial,
 * which every Windows and Mac has and which LibreOffice replaces with the metric-compatible Liberation Sans
 * (the {@code fonts-liberation2} package, which LibreOffice recommends); Calibri, POI's default, becomes DejaVu
 * Sans on Linux, a font about a quarter wider.
 */
public final class SheetLayout {

    public static final String FONT = "Arial";
    public static final short FONT_POINTS = 10;
    /** The template's money format; the feedback copy shows money the same way. */
    public static final String MONEY_FORMAT = "\"£\"#,##0.00";
    /** The template's date format; the feedback copy shows dates the same way. */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    /** The height of a one-line row of the default font, in points (Excel's default for Arial 10). */
    static final float LINE_POINTS = 12.75f;
    /**
     * The width of an average character of English text, in the units of a column width (the width of a digit
     * of the default font): 0.80 for Arial, 0.85 bold, measured over the template's own text, rounded up so that
     * a line is never fuller than the program makes it.
     */
    static final double PLAIN_CHARACTER = 0.9;
    static final double BOLD_CHARACTER = 0.95;

    private SheetLayout() {
    }

    /** Makes Arial 10 the workbook's default font (the Normal style's), which column widths are measured in. */
    public static void useDefaultFont(Workbook wb) {
        style(wb.getFontAt(0), false, false, FONT_POINTS);
    }

    /** A new font of the layout: Arial, bold or italic, of a size. */
    public static Font font(Workbook wb, boolean bold, boolean italic, int points) {
        return style(wb.createFont(), bold, italic, points);
    }

    private static Font style(Font font, boolean bold, boolean italic, int points) {
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (font instanceof XSSFFont xssf) {
            // A font of the theme's scheme is drawn in the theme's font (Calibri), whatever its name says.
            xssf.setScheme(FontScheme.NONE);
        }
        return font;
    }

    /**
     * How many lines a text takes when it is wrapped in a column {@code widthChars} wide (Excel's column width:
     * digits of the default font), in a font of {@code points} points: words are carried over whole, a word
     * longer than a line is broken, and each line break in the text starts a new line. At least 1.
     */
    public static int lines(String text, double widthChars, double points, boolean bold) {
        double character = (bold ? BOLD_CHARACTER : PLAIN_CHARACTER) * points / FONT_POINTS;
        return lines(text, Math.max(1, (int) Math.floor(widthChars / character)));
    }

    /** How many lines a text takes when wrapped at {@code perLine} characters, as {@link #lines} wraps it. */
    public static int lines(String text, int perLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += wrappedLines(paragraph, perLine);
        }
        return Math.max(1, lines);
    }

    private static int wrappedLines(String paragraph, int perLine) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.strip().split(" +")) {
            int length = word.length();
            int needed = used == 0 ? length : used + 1 + length;
            if (needed <= perLine) {
                used = needed;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            lines += (length - 1) / perLine;
            used = length - (length - 1) / perLine * perLine;
        }
        return lines;
    }

    /** The height in points of a row showing {@code lines} lines of a font of {@code points} points. */
    public static float height(int lines, double points) {
        float line = (float) (LINE_POINTS * points / FONT_POINTS);
        // rounded up to whole pixels (0.75 pt), as both programs store it
        return (float) Math.ceil((lines * line + 1.5f) / 0.75f) * 0.75f;
    }

    /**
     * Gives every row holding wrapped text the height its tallest wrapped cell needs at its column width (the
     * width of all its columns when the cell is merged across a row). Rows that need one line are left alone.
     */
    public static void fitRows(Sheet sheet) {
        Workbook wb = sheet.getWorkbook();
        for (Row row : sheet) {
            float needed = 0;
            for (Cell cell : row) {
                CellStyle style = cell.getCellStyle();
                if (cell.getCellType() != CellType.STRING || !style.getWrapText()) {
                    continue;
                }
                Font font = wb.getFontAt(style.getFontIndex());
                int lines = lines(cell.getStringCellValue(), widthChars(sheet, cell), font.getFontHeightInPoints(),
                        font.getBold());
                if (lines > 1) {
                    needed = Math.max(needed, height(lines, font.getFontHeightInPoints()));
                }
            }
            if (needed > row.getHeightInPoints()) {
                row.setHeightInPoints(needed);
            }
        }
    }

    /** The width a cell's text has: its column's, or its merged region's when that lies on one row. */
    static double widthChars(Sheet sheet, Cell cell) {
        int first = cell.getColumnIndex();
        int last = first;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() == cell.getRowIndex() && region.getLastRow() == cell.getRowIndex()
                    && region.getFirstColumn() == first) {
                last = region.getLastColumn();
            }
        }
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return width;
    }

    /**
     * Sets a sheet up for printing on A4: one page wide and as many pages tall as it takes, portrait or landscape,
     * the header row repeated on every page (none when {@code headerRow} is negative) and a footer with what is
     * printed on the left ({@code footer}: the area and period) and the sheet and page on the right ("Funding,
     * page 2 of 3").
     *
     * @param printArea the printed cells, such as {@code $A$1:$G$34}, or whole columns such as {@code $A:$E} for a
     *                  table the officer extends: both programs print such columns down to their last filled row
     */
    public static void print(Sheet sheet, String printArea, boolean landscape, int headerRow, String footer) {
        Workbook wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), printArea);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        Footer foot = sheet.getFooter();
        // & starts a code in a header or footer: && prints one
        foot.setLeft(footer.replace("&", "&&"));
        foot.setRight("&A, page &P of &N");
    }
}
