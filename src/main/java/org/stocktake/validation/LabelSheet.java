package org.stocktake.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.Issue;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.Rule;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.Grid;

/**
 * A label / value sheet (standard §3.1): labels in column A on the first {@value ReturnLayout#LABEL_ROWS} rows,
 * values in column B.
 */
final class LabelSheet {

    private final Grid grid;
    private final Map<String, Integer> rowsByLabel = new HashMap<>();

    LabelSheet(Grid grid) {
        this.grid = grid;
        for (int row = 1; row <= ReturnLayout.LABEL_ROWS; row++) {
            final int r = row;
            grid.cell(row, 0).filter(c -> c.kind() == Cell.Kind.TEXT)
                    .ifPresent(c -> rowsByLabel.putIfAbsent(Labels.normalise(c.text()), r));
        }
    }

    String sheet() {
        return grid.sheetName();
    }

    /** The row of a field's label, when the sheet has it. */
    Optional<Integer> rowOf(Field field) {
        return Optional.ofNullable(rowsByLabel.get(Labels.normalise(field.label())));
    }

    /** The value cell (column B) on a row; empty when blank. */
    Optional<Cell> valueOn(int row) {
        return grid.cell(row, 1).filter(c -> !c.isBlank());
    }

    String valueRef(int row) {
        return CellAddress.a1(row, 1);
    }

    /** TPL-FIELD-MISSING: a required label is not in column A. */
    static Issue missing(String sheet, Field field) {
        return Issue.of(Rule.TPL_FIELD_MISSING, sheet, "", Places.of(sheet, "") + ": the label \"" + field.label()
                + "\" was not found in column A (rows 1 to " + ReturnLayout.LABEL_ROWS
                + "); add it, with its value in column B");
    }
}
