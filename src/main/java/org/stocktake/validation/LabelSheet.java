package org.stocktake.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.Grid;

/** A label / value sheet (standard §3.1): labels in column A on the first 60 rows, values in column B. */
final class LabelSheet {

    static final int LABEL_ROWS = 60;

    private final Grid grid;
    private final Map<String, Integer> rowsByLabel = new HashMap<>();

    LabelSheet(Grid grid) {
        this.grid = grid;
        for (int row = 1; row <= LABEL_ROWS; row++) {
            final int r = row;
            grid.cell(row, 0).filter(c -> c.kind() == Cell.Kind.TEXT)
                    .ifPresent(c -> rowsByLabel.putIfAbsent(Labels.normalise(c.text()), r));
        }
    }

    String sheet() {
        return grid.sheetName();
    }

    /** The row of a label, when the sheet has it. */
    Optional<Integer> rowOf(String label) {
        return Optional.ofNullable(rowsByLabel.get(Labels.normalise(label)));
    }

    /** The value cell (column B) on a row; empty when blank. */
    Optional<Cell> valueOn(int row) {
        return grid.cell(row, 1).filter(c -> !c.isBlank());
    }

    String valueRef(int row) {
        return CellAddress.a1(row, 1);
    }
}
