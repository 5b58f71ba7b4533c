package org.stocktake.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numbers and dates as a spreadsheet shows them, from what a file holds: the XML text of a number, a binary
 * double, a date serial in the 1900 or 1904 system, a number format that shows a date. Shared by the readers.
 */
final class SpreadsheetNumbers {

    private static final MathContext SIGNIFICANT = new MathContext(15);

    private SpreadsheetNumbers() {
    }

    /** The exact value a spreadsheet shows: 15 significant digits, no trailing zeros, never an exponent. */
    static BigDecimal exact(BigDecimal raw) {
        BigDecimal value = raw.round(SIGNIFICANT).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.signum() == 0) {
            value = BigDecimal.ZERO;
        }
        return value;
    }

    /** Parses the XML form of a number ({@code 1234}, {@code 0.30000000000000004}, {@code 1E+3}); null if not one. */
    static BigDecimal parse(String text) {
        long whole = plainInteger(text);
        if (whole != NOT_PLAIN) {
            return BigDecimal.valueOf(whole); // what exact(new BigDecimal(text)) gives, without its rounding
        }
        try {
            BigDecimal raw = new BigDecimal(text.strip());
            // beyond what a spreadsheet (a binary double) can hold: 1E+999999999 must not be expanded
            long magnitude = (long) raw.precision() - raw.scale();
            if (raw.signum() != 0 && (magnitude > 309 || magnitude < -330)) {
                return null;
            }
            return exact(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The value of a plain integer of at most 15 digits ({@code 40179}, {@code -3}), the commonest number in a
     * return (every date is one), or {@link #NOT_PLAIN}: such a number is exact as it is.
     */
    static long plainInteger(CharSequence text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length == start || length - start > 15) {
            return NOT_PLAIN;
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }

    /** A binary double as a spreadsheet shows it; null for NaN or infinity. */
    static BigDecimal exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return exact(new BigDecimal(Double.toString(value)));
    }

    /** The date of a serial in the given date system, or null when the serial is no valid date. */
    static LocalDate date(double serial, boolean use1904) {
        if (!DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        if (serial == Math.rint(serial) && serial < MAX_WHOLE_SERIAL) {
            return wholeDay((int) serial, use1904);
        }
        try {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, use1904);
            return dateTime == null ? null : dateTime.toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whole serials below this are dated by {@link #wholeDay}; it is far beyond any date a sheet may hold. */
    static final int MAX_WHOLE_SERIAL = 10_000_000;
    private static final LocalDate DAY_BEFORE_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate DAY_BEFORE_1904 = LocalDate.of(1904, 1, 1);

    /**
     * The date of a whole serial, as POI's {@code DateUtil.getLocalDateTime} dates it, without its time-of-day
     * arithmetic (in BigDecimal), which a whole serial does not need: day 1 is 1900-01-01, and from day 61 on one
     * day less, since the 1900 system counts a 29 February 1900 that never was; day 0 of the 1904 system is
     * 1904-01-01.
     */
    static LocalDate wholeDay(int serial, boolean use1904) {
        if (use1904) {
            return DAY_BEFORE_1904.plusDays(serial);
        }
        return DAY_BEFORE_1900.plusDays(serial < 61 ? serial : serial - 1);
    }

    /** Whether a number format (built-in id, and its format code if custom) shows a date. */
    static boolean isDateFormat(int formatId, String formatCode) {
        if (formatCode == null) {
            // 27–36 and 50–58 are locale-specific (CJK) built-in date formats that POI calls "reserved".
            if ((formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58)) {
                return true;
            }
            formatCode = BuiltinFormats.getBuiltinFormat(formatId);
        }
        try {
            return DateUtil.isADateFormat(formatId, formatCode);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An integer attribute (a row number, a style or shared-text index), or the fallback when it is not one. */
    static int parseIntOr(String text, int fallback) {
        int n = 0;
        if (text.isEmpty() || text.length() > 9) {
            return parseSlowly(text, fallback);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return parseSlowly(text, fallback);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int parseSlowly(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
