package org.stocktake.feedback;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.stocktake.feedback.FeedbackStyles.Shown;
import org.stocktake.standard.Money;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.validation.MoneyColumns;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.Grid;

/**
 * Writes one sheet of the copy from the reader's grid, row by row (SXSSF keeps only a window of rows in
 * memory), filling and commenting each marked cell. A marked cell the officer left blank is created empty,
 * so the fill and comment show where the value is missing. The Funding table's money is shown in the
 * template's money format; merged cells are merged again; each comment box sits beside its cell
 * ({@link CommentBox}).
 */
final class SheetCopy {

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;
    private static final double DEFAULT_WIDTH = 8.43;

    private final SXSSFWorkbook wb;
    private final FeedbackStyles styles;
    private final String author;

    SheetCopy(SXSSFWorkbook wb, FeedbackStyles styles, String author) {
        this.wb = wb;
        this.styles = styles;
        this.author = author;
    }

    void write(String name, Grid grid, Map<Marks.Place, Marks.Mark> marks) {
        SXSSFSheet sheet = wb.createSheet(name);
        Optional<MoneyColumns> money = Marks.key(name).equals(Marks.key(ReturnLayout.FUNDING))
                ? MoneyColumns.of(grid) : Optional.empty();
        Set<Marks.Place> repeats = repeats(grid);
        Map<Integer, Integer> widths = widths(grid, repeats, money);
        widths.forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
        for (Grid.Merged m : grid.merged()) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow() - 1, m.lastRow() - 1, m.firstColumn(),
                    m.lastColumn()));
        }
        Drawing<?> drawing = marks.isEmpty() ? null : sheet.createDrawingPatriarch();
        CreationHelper helper = wb.getCreationHelper();
        CommentBox boxes = new CommentBox(c -> CommentBox.columnPx(width(widths, c)));
        TreeSet<Integer> rows = new TreeSet<>(grid.rowNumbers());
        marks.keySet().forEach(p -> rows.add(p.row()));
        for (int r : rows) {
            Row row = sheet.createRow(r - 1);
            TreeSet<Integer> columns = new TreeSet<>();
            grid.row(r).forEach(c -> columns.add(c.column()));
            marks.keySet().stream().filter(p -> p.row() == r).forEach(p -> columns.add(p.column()));
            for (int column : columns) {
                Cell value = repeats.contains(new Marks.Place(r, column)) ? null : grid.cell(r, column).orElse(null);
                Marks.Mark mark = marks.get(new Marks.Place(r, column));
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
                if (value != null) {
                    set(cell, value);
                }
                cell.setCellStyle(styles.of(shown(value, money), mark == null ? null : mark.severity()));
                if (mark != null) {
                    // The drawing files a new comment under its anchor's corner, one column to the right and on this
                    // row or below; it is then moved to its cell (SXSSF's setCellComment does not). Cells are written
                    // row by row, left to right, so that corner never holds a comment yet.
                    Comment comment = drawing.createCellComment(boxes.place(helper.createClientAnchor(), r - 1,
                            column, mark.lines()));
                    comment.setAddress(r - 1, column);
                    comment.setString(helper.createRichTextString(String.join("\n", mark.lines())));
                    comment.setAuthor(author);
                    cell.setCellComment(comment);
                }
            }
        }
    }

    /**
     * The cells of merged regions other than their top-left: the grid repeats the value there, the copy merges
     * the region again instead.
     */
    private static Set<Marks.Place> repeats(Grid grid) {
        Set<Marks.Place> repeats = new HashSet<>();
        for (Grid.Merged m : grid.merged()) {
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    if (!m.isTopLeft(r, c) && grid.cell(r, c).isPresent()) {
                        repeats.add(new Marks.Place(r, c));
                    }
                }
            }
        }
        return repeats;
    }

    /** Each column as wide as its longest value as shown, within bounds; text merged across columns aside. */
    private static Map<Integer, Integer> widths(Grid grid, Set<Marks.Place> repeats, Optional<MoneyColumns> money) {
        Set<Marks.Place> across = new HashSet<>();
        grid.merged().stream().filter(m -> m.lastColumn() > m.firstColumn())
                .forEach(m -> across.add(new Marks.Place(m.firstRow(), m.firstColumn())));
        Map<Integer, Integer> widths = new HashMap<>();
        for (int r : grid.rowNumbers()) {
            for (Cell cell : grid.row(r)) {
                Marks.Place place = new Marks.Place(r, cell.column());
                if (repeats.contains(place) || across.contains(place)) {
                    continue;
                }
                int length = shown(cell, money) == Shown.MONEY ? Money.pounds(cell.number()).length()
                        : cell.text().length();
                widths.merge(cell.column(), Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, length + 2)), Math::max);
            }
        }
        return widths;
    }

    private static double width(Map<Integer, Integer> widths, int column) {
        Integer width = widths.get(column);
        return width == null ? DEFAULT_WIDTH : width;
    }

    private static Shown shown(Cell value, Optional<MoneyColumns> money) {
        if (value == null) {
            return Shown.PLAIN;
        }
        if (value.kind() == Cell.Kind.DATE) {
            return Shown.DATE;
        }
        return value.kind() == Cell.Kind.NUMBER && money.isPresent() && money.get().holds(value) ? Shown.MONEY
                : Shown.PLAIN;
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
