package org.stocktake.workbook;

/** A1-style cell addresses: written for messages, parsed from worksheet parts. */
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

    /** The 0-based column of an A1 reference ({@code $} allowed), -1 if it has no column letters. */
    static int columnOf(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    /** The 1-based row of an A1 reference, -1 if it has none. */
    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && !Character.isDigit(ref.charAt(i))) {
            i++;
        }
        return i == ref.length() ? -1 : SpreadsheetNumbers.parseIntOr(ref.substring(i), -1);
    }
}
