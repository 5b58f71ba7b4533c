package org.stocktake.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.util.Units;
import org.stocktake.template.SheetLayout;

/**
 * Where the comment boxes of one sheet sit when they are shown: beside their cell, from just inside the next column
 * to the right, so that a box covers neither its coloured cell nor the cell's neighbours on the left; as wide and
 * tall as its text (lines of at most {@value #MAX_CHARS} characters); and below any box placed before it that it
 * would otherwise overlap, so that shown boxes never cover each other. Boxes are placed in the order cells are
 * written (row by row, left to right). Sizes are in pixels at 96 dpi: a column of width {@code w} (Excel's
 * characters of the default font, Arial 10) is {@code 7w + 5} pixels, an unsized row 17 (12.75 pt).
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

    /** A box placed on the sheet, in pixels from the sheet's top-left corner. */
    private record Placed(int left, int right, int bottom) {
    }

    private final IntUnaryOperator columnPx;
    private final List<Placed> placed = new ArrayList<>();

    /** @param columnPx the width in pixels of each column of the sheet */
    CommentBox(IntUnaryOperator columnPx) {
        this.columnPx = columnPx;
    }

    /** Column width in pixels, as Excel draws a width of {@code chars} characters of Arial 10. */
    static int columnPx(double chars) {
        return (int) Math.round(chars * 7 + 5);
    }

    /** Places the anchor of a comment on the cell at {@code row}, {@code column} (0-based) holding {@code lines}. */
    ClientAnchor place(ClientAnchor anchor, int row, int column, List<String> lines) {
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        int perLine = Math.max(MIN_CHARS, Math.min(MAX_CHARS, longest));
        int textLines = lines.stream().mapToInt(line -> SheetLayout.lines(line, perLine)).sum();
        int width = perLine * CHARACTER_PX + PADDING_PX;
        int height = textLines * LINE_PX + PADDING_PX;

        int left = GAP_PX;
        for (int c = 0; c <= column; c++) {
            left += columnPx.applyAsInt(c);
        }
        int top = row * ROW_PX + 2;
        for (Placed p : placed) {
            if (p.left() < left + width && left < p.right() && p.bottom() + GAP_PX > top) {
                top = p.bottom() + GAP_PX;
            }
        }
        placed.add(new Placed(left, left + width, top + height));

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
        anchor.setRow1(top / ROW_PX);
        anchor.setDy1(top % ROW_PX * Units.EMU_PER_PIXEL);
        anchor.setRow2((top + height) / ROW_PX);
        anchor.setDy2((top + height) % ROW_PX * Units.EMU_PER_PIXEL);
        return anchor;
    }
}
