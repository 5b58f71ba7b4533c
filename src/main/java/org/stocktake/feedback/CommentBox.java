package org.stocktake.feedback;

import java.util.List;
import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.util.Units;
import org.stocktake.template.SheetLayout;

/**
 * Where a comment box sits when it is shown: beside its cell, from just inside the next column to the right, so
 * that it covers neither the coloured cell nor the cell's neighbours on the left, and as wide and tall as its text
 * (lines of at most {@value #MAX_CHARS} characters). Sizes are in pixels at 96 dpi: a column of width {@code w}
 * (Excel's characters of the default font, Arial 10) is {@code 7w + 5} pixels, an unsized row 17 (12.75 pt).
 */
final class CommentBox {

    static final int MIN_CHARS = 24;
    static final int MAX_CHARS = 60;
    /** A character of a comment (Tahoma or Segoe UI 9 in Excel, Liberation Sans in Calc), generously. */
    static final int CHARACTER_PX = 7;
    static final int LINE_PX = 16;
    static final int PADDING_PX = 12;
    static final int GAP_PX = 6;
    static final int ROW_PX = 17;

    private CommentBox() {
    }

    /** Column width in pixels, as Excel draws a width of {@code chars} characters of Arial 10. */
    static int columnPx(double chars) {
        return (int) Math.round(chars * 7 + 5);
    }

    /**
     * Places the anchor of a comment on the cell at {@code row}, {@code column} (0-based) holding {@code lines}.
     *
     * @param columnPx the width in pixels of each column of the sheet
     */
    static ClientAnchor place(ClientAnchor anchor, int row, int column, List<String> lines,
            IntUnaryOperator columnPx) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        int perLine = Math.max(MIN_CHARS, Math.min(MAX_CHARS, longest));
        int textLines = lines.stream().mapToInt(line -> SheetLayout.lines(line, perLine)).sum();
        int width = perLine * CHARACTER_PX + PADDING_PX;
        int height = textLines * LINE_PX + PADDING_PX;

        int col2 = column + 1;
        int right = GAP_PX + width;
        while (right > columnPx.applyAsInt(col2)) {
            right -= columnPx.applyAsInt(col2);
            col2++;
        }
        anchor.setCol1(column + 1);
        anchor.setDx1(GAP_PX * Units.EMU_PER_PIXEL);
        anchor.setCol2(col2);
        anchor.setDx2(right * Units.EMU_PER_PIXEL);
        anchor.setRow1(row);
        anchor.setDy1(2 * Units.EMU_PER_PIXEL);
        anchor.setRow2(row + (height + 2) / ROW_PX);
        anchor.setDy2((height + 2) % ROW_PX * Units.EMU_PER_PIXEL);
        return anchor;
    }
}
