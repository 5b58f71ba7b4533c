package org.stocktake.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.Grid;

/**
 * The header row of a table sheet (standard §3.2): the first row within the first
 * {@value ReturnLayout#HEADER_ROWS} rows holding the cells of the table's first two columns; columns are found
 * by their header text in any order.
 */
final class TableHeader {

    private static final String TOTAL = Labels.normalise(ReturnLayout.TOTAL);
    private static final char TOTAL_UPPER = Character.toUpperCase(ReturnLayout.TOTAL.charAt(0));
    private static final char TOTAL_LOWER = Character.toLowerCase(ReturnLayout.TOTAL.charAt(0));

    private final int row;
    private final Map<String, Integer> columns;

    private TableHeader(int row, Map<String, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    /** The header, if this row is one: it holds cells reading the headers of the table's first two columns. */
    static Optional<TableHeader> match(int row, List<Cell> cells, List<Column> table) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.kind() == Cell.Kind.TEXT && !cell.isBlank()) {
                columns.putIfAbsent(Labels.normalise(cell.text()), cell.column());
            }
        }
        if (columns.containsKey(Labels.normalise(table.get(0).label()))
                && columns.containsKey(Labels.normalise(table.get(1).label()))) {
            return Optional.of(new TableHeader(row, columns));
        }
        return Optional.empty();
    }

    /** The header of a sheet held whole: its first header row within the rows searched, if any. */
    static Optional<TableHeader> find(Grid grid, List<Column> table) {
        for (int row : grid.rowNumbers()) {
            if (row > ReturnLayout.HEADER_ROWS) {
                break;
            }
            Optional<TableHeader> header = match(row, grid.row(row), table);
            if (header.isPresent()) {
                return header;
            }
        }
        return Optional.empty();
    }

    int row() {
        return row;
    }

    Optional<Integer> column(Column column) {
        return Optional.ofNullable(columns.get(Labels.normalise(column.label())));
    }

    /** True when the first non-blank cell of a row reads {@code Total}: the end of the data rows. */
    static boolean isTotalRow(List<Cell> cells) {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return cell.kind() == Cell.Kind.TEXT && startsLikeTotal(cell.text())
                        && Labels.normalise(cell.text()).equals(TOTAL);
            }
        }
        return false;
    }

    /** Cheap pre-check, run on every data row before normalising: the first letter after any spaces. */
    private static boolean startsLikeTotal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == TOTAL_UPPER || c == TOTAL_LOWER;
            }
        }
        return false;
    }
}
