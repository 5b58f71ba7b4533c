package org.stocktake.workbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small sheet held whole in memory (Cover, Families, Funding, Explanations): its non-blank cells by row,
 * with merged regions already filled from their top-left cell (and listed, {@link #merged}) and formulas already
 * resolved.
 */
public final class Grid {

    /**
     * A merged region whose top-left cell holds a value, which the grid repeats in its other cells: rows 1-based,
     * columns 0-based, inclusive (clipped to the sheet's used area when it is very large).
     */
    public record Merged(int firstRow, int firstColumn, int lastRow, int lastColumn) {

        public boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }

        public boolean isTopLeft(int row, int column) {
            return row == firstRow && column == firstColumn;
        }
    }

    private final String sheetName;
    private final NavigableMap<Integer, NavigableMap<Integer, Cell>> rows = new TreeMap<>();
    private final List<Merged> merged = new ArrayList<>();

    Grid(String sheetName) {
        this.sheetName = sheetName;
    }

    /** Adds or replaces a cell; used by the readers while they build the grid. */
    void put(Cell cell) {
        rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.column(), cell);
    }

    /** Records a merged region the readers filled from its top-left cell. */
    void merged(Merged region) {
        merged.add(region);
    }

    /** The merged regions whose value the grid repeats in every cell, in the order the sheet lists them. */
    public List<Merged> merged() {
        return Collections.unmodifiableList(merged);
    }

    public String sheetName() {
        return sheetName;
    }

    public Optional<Cell> cell(int row, int column) {
        Map<Integer, Cell> cells = rows.get(row);
        return cells == null ? Optional.empty() : Optional.ofNullable(cells.get(column));
    }

    /** The non-blank cells of a row in column order; empty for a blank row. */
    public List<Cell> row(int row) {
        Map<Integer, Cell> cells = rows.get(row);
        return cells == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(cells.values()));
    }

    /** The row numbers that hold at least one cell, ascending. */
    public List<Integer> rowNumbers() {
        return List.copyOf(rows.keySet());
    }

    /** The highest row number holding a cell, 0 for an empty sheet. */
    public int lastRow() {
        return rows.isEmpty() ? 0 : rows.lastKey();
    }

    public int cellCount() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }
}
