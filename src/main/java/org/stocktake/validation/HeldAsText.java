package org.stocktake.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.stocktake.workbook.Cell;

/**
 * The amounts of a money column held as text cells (pasted from an e-mail, or typed into a cell formatted as
 * text). The standard reads them as money (§3.5), but a spreadsheet's SUM leaves text out, so a Total row of SUM
 * formulas falls short of the lines by exactly these amounts: then FUND-TOTAL names the cells to retype.
 */
final class HeldAsText {

    private final List<String> cells = new ArrayList<>();
    private BigDecimal sum = BigDecimal.ZERO;

    /** Counts a line's amount when its cell holds it as text. */
    void add(Cell cell, BigDecimal amount) {
        if (cell != null && cell.kind() == Cell.Kind.TEXT) {
            cells.add(cell.ref());
            sum = sum.add(amount);
        }
    }

    /** True when a Total that differs from the lines' sum is the sum of the lines held as numbers. */
    boolean explains(BigDecimal total, BigDecimal linesSum) {
        return !cells.isEmpty() && total.compareTo(linesSum.subtract(sum)) == 0;
    }

    /** "E5, E6 and E7 hold their amounts as text, …: retype them as numbers". */
    String advice() {
        boolean one = cells.size() == 1;
        return listed() + (one ? " holds its amount" : " hold their amounts") + " as text, which the Total's SUM"
                + " leaves out: retype " + (one ? "it as a number" : "them as numbers");
    }

    private String listed() {
        if (cells.size() == 1) {
            return cells.get(0);
        }
        return String.join(", ", cells.subList(0, cells.size() - 1)) + " and " + cells.get(cells.size() - 1);
    }
}
