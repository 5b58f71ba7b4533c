package org.stocktake.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.stocktake.period.ReturnFigures;
import org.stocktake.standard.Money;

/** How the pack writes counts, shares and changes. Money goes through {@link Money}. */
final class Fmt {

    private Fmt() {
    }

    static String count(Long value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** {@code 6.6%} (one decimal, half up), or a dash when nothing was identified. */
    static String percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return "–";
        }
        return percentValue(part, whole).toPlainString() + "%";
    }

    static BigDecimal percentValue(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The share of identified families helped: {@code 8.3%}. */
    static String shareHelped(ReturnFigures f) {
        return percent(f.familiesHelped(), f.familiesIdentified());
    }

    /** {@code 1,520 of 22,990 (6.6%)}. */
    static String share(Long helped, Long identified) {
        if (helped == null || identified == null) {
            return "";
        }
        return count(helped) + " of " + count(identified) + " (" + percent(helped, identified) + ")";
    }

    /** {@code +20}, {@code -5}, {@code 0}; blank when either side is unknown. */
    static String change(Long now, Long before) {
        if (now == null || before == null) {
            return "";
        }
        long d = now - before;
        return (d > 0 ? "+" : "") + count(d);
    }

    static String change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal d = now.subtract(before);
        return (d.signum() > 0 ? "+" : "") + Money.pounds(d);
    }
}
