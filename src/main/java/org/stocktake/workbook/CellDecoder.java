package org.stocktake.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.stocktake.standard.Rule;

/**
 * Turns the value of one {@code <c>} element of a worksheet part into a {@link Cell}: by its type attribute
 * (number, shared or inline text, boolean, error, ISO date) and, for numbers, by whether its style shows a date.
 * Text longer than a cell may hold is FILE-TOO-LARGE; a shared-text index that does not exist is FILE-UNREADABLE.
 */
final class CellDecoder {

    private static final int DAYS = 2048;

    private final String sheet;
    private final WorkbookLimits limits;
    private final SharedStrings strings;
    private final Styles styles;
    private final boolean date1904;
    private final int[] daySerials = new int[DAYS];
    private final LocalDate[] dayDates = new LocalDate[DAYS];

    CellDecoder(String sheet, WorkbookLimits limits, SharedStrings strings, Styles styles, boolean date1904) {
        this.sheet = sheet;
        this.limits = limits;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    boolean isDateStyle(int style) {
        return styles.isDate(style);
    }

    /** The cell, or null when it holds nothing (an empty number or text). */
    Cell cell(int row, int column, String type, int style, StringBuilder value) throws WorkbookException {
        if (type == null || type.equals("n")) {
            return number(row, column, style, value);
        }
        switch (type) {
            case "s" -> {
                int index = SpreadsheetNumbers.parseIntOr(value.toString().strip(), -1);
                if (!strings.has(index)) {
                    String ref = CellAddress.a1(row, column);
                    throw new WorkbookException(Rule.FILE_UNREADABLE, sheet, ref, Workbooks.damaged("cell " + ref
                            + " of sheet '" + sheet + "' refers to a shared text that does not exist"), null);
                }
                String text = strings.get(index);
                if (text == null) {
                    throw tooLong(row, column);
                }
                return text.isEmpty() ? null : Cell.text(sheet, row, column, text);
            }
            case "str", "inlineStr" -> {
                return text(row, column, decodeEscapes(value.toString()));
            }
            case "b" -> {
                String text = value.toString().strip();
                return Cell.bool(sheet, row, column, text.equals("1") || text.equalsIgnoreCase("true"));
            }
            case "e" -> {
                String text = value.toString().strip();
                return Cell.formulaError(sheet, row, column, text.length() > 16 ? text.substring(0, 16) : text);
            }
            case "d" -> {
                return isoDate(row, column, value.toString().strip());
            }
            default -> {
                return text(row, column, value.toString());
            }
        }
    }

    private Cell number(int row, int column, int style, StringBuilder value) throws WorkbookException {
        if (value.length() == 0) {
            return null;
        }
        // a plain integer, the commonest number (every date of a return is one), is read without a copy of its text
        long whole = SpreadsheetNumbers.plainInteger(value);
        if (whole >= 0 && whole < SpreadsheetNumbers.MAX_WHOLE_SERIAL && styles.isDate(style)) {
            return Cell.date(sheet, row, column, BigDecimal.valueOf(whole), wholeDay((int) whole));
        }
        String text = whole == SpreadsheetNumbers.NOT_PLAIN ? value.toString() : null;
        BigDecimal number = text == null ? BigDecimal.valueOf(whole)
                : text.length() > 64 ? null : SpreadsheetNumbers.parse(text);
        if (number == null) {
            if (text.length() > limits.maxCellTextChars()) {
                throw tooLong(row, column);
            }
            return Cell.text(sheet, row, column, text);
        }
        if (styles.isDate(style)) {
            LocalDate date = SpreadsheetNumbers.date(number.doubleValue(), date1904);
            if (date != null) {
                return Cell.date(sheet, row, column, number, date);
            }
        }
        return Cell.number(sheet, row, column, number);
    }

    /** The date of a whole serial, remembered by serial modulo {@value #DAYS}: a sheet's dates span a few years. */
    private LocalDate wholeDay(int serial) {
        int i = serial & (DAYS - 1);
        LocalDate date = dayDates[i];
        if (date == null || daySerials[i] != serial) {
            date = SpreadsheetNumbers.wholeDay(serial, date1904);
            dayDates[i] = date;
            daySerials[i] = serial;
        }
        return date;
    }

    private Cell text(int row, int column, String text) throws WorkbookException {
        if (text.length() > limits.maxCellTextChars()) {
            throw tooLong(row, column);
        }
        return text.isEmpty() ? null : Cell.text(sheet, row, column, text);
    }

    private Cell isoDate(int row, int column, String text) throws WorkbookException {
        try {
            LocalDateTime dateTime = text.length() <= 10 ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
            BigDecimal serial = SpreadsheetNumbers.exact(DateUtil.getExcelDate(dateTime, date1904));
            return Cell.date(sheet, row, column, serial == null ? BigDecimal.ZERO : serial, dateTime.toLocalDate());
        } catch (DateTimeParseException e) {
            if (text.length() > limits.maxCellTextChars()) {
                throw tooLong(row, column);
            }
            return Cell.text(sheet, row, column, text);
        }
    }

    /** FILE-TOO-LARGE for a cell over the limit; {@code column} may be -1 before the first cell of a row. */
    WorkbookException tooLong(int row, int column) {
        String ref = CellAddress.a1(row, Math.max(column, 0));
        return new WorkbookException(Rule.FILE_TOO_LARGE, sheet, ref, "cell " + ref + " of sheet '" + sheet
                + "' holds more than " + limits.maxCellTextChars() + " characters", null);
    }

    /** Decodes the {@code _xHHHH_} escapes Excel writes for control characters. */
    static String decodeEscapes(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '_' && i + 6 < text.length() && text.charAt(i + 1) == 'x'
                    && text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
