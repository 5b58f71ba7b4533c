package org.stocktake.standard;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers, money and dates written as text, as the standard accepts them (§3.5): {@code 1234},
 * {@code 1,234}, {@code £1,234.50}, {@code  1234 }; dates {@code YYYY-MM-DD} or {@code DD/MM/YYYY}.
 */
public final class TextValues {

    /** Optional minus and pound sign, digits with or without correct thousands commas, optional decimals. */
    private static final Pattern NUMBER =
            Pattern.compile("(-)?\\s*£?\\s*(-)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern GSS_CODE = Pattern.compile("E\\d{8}");

    private TextValues() {
    }

    /** The exact number a text holds, or empty when it is not a number ({@code n/a}, {@code TBC}, {@code -}). */
    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            return Optional.empty();
        }
        String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
        BigDecimal value = new BigDecimal(digits);
        return Optional.of(m.group(1) != null || m.group(2) != null ? value.negate() : value);
    }

    /** A date written as {@code YYYY-MM-DD} or {@code DD/MM/YYYY}; empty when the text is neither or no such day exists. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = ISO_DATE.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = UK_DATE.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Money is never negative and exact to the penny: at most two decimal places. */
    public static boolean isMoney(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2;
    }

    /** A whole number ≥ 0. */
    public static boolean isCount(BigDecimal value) {
        return value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
    }

    /** An ONS GSS code of an English area: {@code E} and eight digits. */
    public static boolean isGssCode(String text) {
        return text != null && GSS_CODE.matcher(text).matches();
    }
}
