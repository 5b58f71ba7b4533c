package org.stocktake.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;

/** The standard's reading of a cell's value (§3.5): numbers and money from numeric or text cells, dates. */
final class CellValues {

    private CellValues() {
    }

    /** A cell's text as an officer sees it, trimmed: numbers in plain form, dates in ISO form. */
    static String text(Cell cell) {
        return cell.text().strip();
    }

    /** The number a cell holds, whether a numeric cell or text such as {@code £1,234.50}. */
    static Optional<BigDecimal> number(Cell cell) {
        return switch (cell.kind()) {
            case NUMBER -> Optional.of(cell.number());
            case TEXT -> TextValues.number(cell.text());
            default -> Optional.empty();
        };
    }

    /** A date cell, a serial number in a date-formatted cell, or text {@code YYYY-MM-DD} / {@code DD/MM/YYYY}. */
    static Optional<LocalDate> date(Cell cell) {
        return switch (cell.kind()) {
            case DATE -> Optional.of(cell.date());
            case TEXT -> TextValues.date(cell.text());
            default -> Optional.empty();
        };
    }

    /** How a value is quoted in a message: numbers and dates as written, text in quotes. */
    static String quote(Cell cell) {
        String text = cell.text();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return cell.kind() == Cell.Kind.TEXT ? "\"" + text + "\"" : text;
    }
}
