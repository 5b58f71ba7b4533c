package org.stocktake.workbook;

import java.util.List;

/** Receives a streamed sheet row by row. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @param row   the sheet's own 1-based row number
     * @param cells the row's non-blank cells in column order; valid only during the call
     * @return {@code false} to stop reading the sheet
     */
    boolean row(int row, List<Cell> cells);
}
