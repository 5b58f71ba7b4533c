package org.stocktake.workbook;

import java.util.List;
import java.util.Optional;

import org.stocktake.standard.Rule;

/**
 * Fills merged regions of a grid from their top-left cell. Regions of more than 10,000 cells are clipped to the
 * used area of the sheet (a merge of a whole column fills only as far as the sheet has cells), and the grid-size limit counts the
 * filled cells too.
 */
final class Merges {

    /** A region up to this many cells is filled whole; a larger one only within the sheet's used area. */
    private static final int SMALL_REGION = 10_000;

    private Merges() {
    }

    static void fill(Grid grid, List<int[]> merges, int cellCount, WorkbookLimits limits) throws WorkbookException {
        if (merges.isEmpty() || grid.lastRow() == 0) {
            return;
        }
        int lastRow = grid.lastRow();
        int lastColumn = 0;
        for (int row : grid.rowNumbers()) {
            List<Cell> cells = grid.row(row);
            lastColumn = Math.max(lastColumn, cells.get(cells.size() - 1).column());
        }
        long count = cellCount;
        for (int[] merge : merges) {
            Optional<Cell> topLeft = grid.cell(merge[0], merge[1]);
            if (topLeft.isEmpty()) {
                continue;
            }
            Cell source = topLeft.get();
            long area = (long) (merge[2] - merge[0] + 1) * (merge[3] - merge[1] + 1);
            int toRow = area <= SMALL_REGION ? merge[2] : Math.min(merge[2], Math.max(lastRow, merge[0]));
            int toColumn = area <= SMALL_REGION ? merge[3] : Math.min(merge[3], Math.max(lastColumn, merge[1]));
            grid.merged(new Grid.Merged(merge[0], merge[1], toRow, toColumn));
            for (int row = merge[0]; row <= toRow; row++) {
                for (int column = merge[1]; column <= toColumn; column++) {
                    if ((row == merge[0] && column == merge[1]) || grid.cell(row, column).isPresent()) {
                        continue;
                    }
                    if (++count > limits.maxGridCells()) {
                        throw new WorkbookException(Rule.FILE_TOO_LARGE, grid.sheetName(), "", "sheet '"
                                + grid.sheetName() + "' has more than " + limits.maxGridCells()
                                + " cells once its merged cells are filled", null);
                    }
                    grid.put(source.movedTo(row, column));
                }
            }
        }
    }
}
