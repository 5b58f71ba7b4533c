package org.stocktake.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Exact money text: {@code £1,234,567.89} for people, {@code 1234567.89} for files. Never binary floating point. */
public final class Money {

    private Money() {
    }

    /** {@code £1,234,567.89}; a negative amount is written {@code -£12.00}. */
    public static String pounds(BigDecimal amount) {
        BigDecimal exact = twoDecimals(amount);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return (exact.signum() < 0 ? "-£" : "£") + format.format(exact.abs());
    }

    /** {@code 1234567.89}: exactly two decimals, no thousands separator. */
    public static String plain(BigDecimal amount) {
        return twoDecimals(amount).toPlainString();
    }

    static BigDecimal twoDecimals(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
