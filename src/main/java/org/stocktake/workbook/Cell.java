package org.stocktake.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-blank cell as the workbook holds it, before the data standard interprets it, and where it came
 * from. Rows are the sheet's own 1-based row numbers; columns are 0-based (A = 0).
 *
 * <ul>
 *   <li>{@link Kind#TEXT}: {@code text} as typed, not trimmed.</li>
 *   <li>{@link Kind#NUMBER}: {@code number} exact to 15 significant digits (what a spreadsheet shows),
 *       {@code text} its plain decimal form.</li>
 *   <li>{@link Kind#DATE}: a number in a date-formatted cell; {@code date} already converted with the
 *       workbook's 1900 or 1904 date system, {@code number} the serial, {@code text} ISO form.</li>
 *   <li>{@link Kind#BOOLEAN}: {@code text} {@code TRUE} or {@code FALSE}.</li>
 *   <li>{@link Kind#FORMULA_ERROR}: a formula with no usable value (its cached or evaluated value is an
 *       error such as {@code #REF!}, or it cannot be evaluated); {@code text} says which.</li>
 * </ul>
 * A formula with a usable value appears as the kind of that value.
 */
public record Cell(String sheet, int row, int column, Kind kind, String text, BigDecimal number, LocalDate date) {

    public enum Kind { TEXT, NUMBER, DATE, BOOLEAN, FORMULA_ERROR }

    static Cell text(String sheet, int row, int column, String text) {
        return new Cell(sheet, row, column, Kind.TEXT, text, null, null);
    }

    // A number's or a date's text is made when it is asked for (a message quoting the cell), not for every cell
    // read: a Family records sheet holds millions of dates, and their ISO text was a twentieth of the parsing thread.
    static Cell number(String sheet, int row, int column, BigDecimal number) {
        return new Cell(sheet, row, column, Kind.NUMBER, null, number, null);
    }

    static Cell date(String sheet, int row, int column, BigDecimal serial, LocalDate date) {
        return new Cell(sheet, row, column, Kind.DATE, null, serial, date);
    }

    /** The same cell at another place (a merged area's value, read at each of its cells). */
    Cell movedTo(int row, int column) {
        return new Cell(sheet, row, column, kind, text, number, date);
    }

    /** The text as the list above describes it for each kind. */
    @Override
    public String text() {
        if (text != null) {
            return text;
        }
        return kind == Kind.DATE ? date.toString() : number.toPlainString();
    }

    static Cell bool(String sheet, int row, int column, boolean value) {
        return new Cell(sheet, row, column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    static Cell formulaError(String sheet, int row, int column, String what) {
        return new Cell(sheet, row, column, Kind.FORMULA_ERROR, what, null, null);
    }

    /** The cell's address in A1 form, e.g. {@code F14}. */
    public String ref() {
        return CellAddress.a1(row, column);
    }

    /** True for a text cell holding only white space (which the standard treats as blank). */
    public boolean isBlank() {
        return kind == Kind.TEXT && text.isBlank();
    }

    @Override
    public String toString() {
        return "Cell[sheet=" + sheet + ", row=" + row + ", column=" + column + ", kind=" + kind + ", text=" + text()
                + ", number=" + number + ", date=" + date + "]";
    }
}
