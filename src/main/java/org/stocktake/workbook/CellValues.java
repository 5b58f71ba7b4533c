package org.stocktake.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** Number and date conversions shared by the readers. */
final class CellValues {

    private static final MathContext SIGNIFICANT = new MathContext(15);

    private CellValues() {
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
        try {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, use1904);
            return dateTime == null ? null : dateTime.toLocalDate();
        } catch (RuntimeException e) {
            return null;
        }
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
