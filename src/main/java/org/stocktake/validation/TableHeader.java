package org.stocktake.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.workbook.Cell;

/**
 * The header row of a table sheet (standard §3.2): the first row within the first {@value #SEARCH_ROWS}
 * rows holding the table's two identifying cells; columns are found by their header text in any order.
 */
final class TableHeader {

    static final int SEARCH_ROWS = 30;

    private final int row;
    private final Map<String, Integer> columns;

    private TableHeader(int row, Map<String, Integer> columns) {
        this.row = row;
        this.columns = columns;
    }

    /** The header, if this row is one: it holds cells reading both identifying labels. */
    static Optional<TableHeader> match(int row, List<Cell> cells, String first, String second) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.kind() == Cell.Kind.TEXT && !cell.isBlank()) {
                columns.putIfAbsent(Labels.normalise(cell.text()), cell.column());
            }
        }
        if (columns.containsKey(Labels.normalise(first)) && columns.containsKey(Labels.normalise(second))) {
            return Optional.of(new TableHeader(row, columns));
        }
        return Optional.empty();
    }

    int row() {
        return row;
    }

    Optional<Integer> column(String label) {
        return Optional.ofNullable(columns.get(Labels.normalise(label)));
    }

    /** The header text of every column, for telling defined columns from ones officers added. */
    Map<String, Integer> columns() {
        return Map.copyOf(columns);
    }

    /** True when the first non-blank cell of a row reads {@code Total}: the end of the data rows. */
    static boolean isTotalRow(List<Cell> cells) {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return cell.kind() == Cell.Kind.TEXT && startsWithT(cell.text())
                        && Labels.normalise(cell.text()).equals("total");
            }
        }
        return false;
    }

    /** Cheap pre-check, run on every data row before normalising: "Total" starts with a T after any spaces. */
    private static boolean startsWithT(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == 'T' || c == 't';
            }
        }
        return false;
    }
}
