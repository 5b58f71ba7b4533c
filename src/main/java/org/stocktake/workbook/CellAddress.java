package org.stocktake.workbook;

/** A1-style cell addresses. */
public final class CellAddress {

    private CellAddress() {
    }

    /** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** {@code a1(14, 5)} → {@code F14}; rows are 1-based, columns 0-based. */
    public static String a1(int row, int column) {
        return column(column) + row;
    }
}
