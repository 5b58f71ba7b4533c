package org.stocktake.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.Grid;

/**
 * Writes one sheet of the copy from the reader's grid, row by row (SXSSF keeps only a window of rows in
 * memory), filling and commenting each marked cell. A marked cell the officer left blank is created empty,
 * so the fill and comment show where the value is missing.
 */
final class SheetCopy {

    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook wb;
    private final FeedbackStyles styles;

    SheetCopy(SXSSFWorkbook wb, FeedbackStyles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    void write(String name, Grid grid, Map<Marks.Place, Marks.Mark> marks) {
        SXSSFSheet sheet = wb.createSheet(name);
        Drawing<?> drawing = marks.isEmpty() ? null : sheet.createDrawingPatriarch();
        CreationHelper helper = wb.getCreationHelper();
        Map<Integer, Integer> widths = new HashMap<>();
        TreeSet<Integer> rows = new TreeSet<>(grid.rowNumbers());
        marks.keySet().forEach(p -> rows.add(p.row()));
        for (int r : rows) {
            Row row = sheet.createRow(r - 1);
            TreeSet<Integer> columns = new TreeSet<>();
            grid.row(r).forEach(c -> columns.add(c.column()));
            marks.keySet().stream().filter(p -> p.row() == r).forEach(p -> columns.add(p.column()));
            for (int column : columns) {
                Cell value = grid.cell(r, column).orElse(null);
                Marks.Mark mark = marks.get(new Marks.Place(r, column));
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
                if (value != null) {
                    set(cell, value);
                    widths.merge(column, Math.min(MAX_WIDTH, value.text().length() + 2), Math::max);
                }
                cell.setCellStyle(styles.of(value != null && value.kind() == Cell.Kind.DATE,
                        mark == null ? null : mark.severity()));
                if (mark != null) {
                    ClientAnchor anchor = helper.createClientAnchor();
                    // Anchored at the cell itself: the drawing addresses a new comment by its anchor's corner.
                    anchor.setCol1(column);
                    anchor.setCol2(column + 5);
                    anchor.setRow1(r - 1);
                    anchor.setRow2(r + 2 + 2 * mark.lines().size());
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(helper.createRichTextString(String.join("\n", mark.lines())));
                    comment.setAuthor("stocktake");
                    cell.setCellComment(comment);
                }
            }
        }
        widths.forEach((column, width) -> sheet.setColumnWidth(column, Math.max(10, width) * 256));
    }

    private static void set(org.apache.poi.ss.usermodel.Cell cell, Cell value) {
        switch (value.kind()) {
            case NUMBER -> cell.setCellValue(value.number().doubleValue());
            case DATE -> cell.setCellValue(value.date());
            case BOOLEAN -> cell.setCellValue("TRUE".equals(value.text()));
            default -> cell.setCellValue(value.text());
        }
    }
}
