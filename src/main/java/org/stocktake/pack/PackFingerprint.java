package org.stocktake.pack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.stocktake.period.PeriodReport;

/**
 * What a pack shows, as a SHA-256: every row and figure its pages are filled with (headline, all areas, charts, area
 * pages, exceptions), but not when it was rendered or the "data as at" date on its cover. Two renders of the same data
 * have the same fingerprint, so the pack is e-mailed again only when its content changes (standard §12).
 */
public final class PackFingerprint {

    private PackFingerprint() {
    }

    public static String of(PeriodReport report) {
        PackContent content = new PackContent(report);
        PackCharts charts = new PackCharts(report);
        StringBuilder text = new StringBuilder(report.period().toString());
        append(text, content.headline());
        append(text, content.areasTable());
        append(text, charts.charts());
        append(text, charts.shareCharts());
        append(text, new AreaPages(report, content).pages());
        append(text, content.exceptions());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Maps with their keys in order, lists in theirs, numbers without exponent: the same data, the same text. */
    private static void append(StringBuilder text, Object value) {
        if (value instanceof Map<?, ?> map) {
            text.append('{');
            new TreeMap<>(map).forEach((k, v) -> {
                text.append(k).append('=');
                append(text, v);
                text.append(';');
            });
            text.append('}');
        } else if (value instanceof Collection<?> list) {
            text.append('[');
            list.forEach(v -> {
                append(text, v);
                text.append(',');
            });
            text.append(']');
        } else if (value instanceof Object[] array) {
            append(text, java.util.Arrays.asList(array));
        } else if (value instanceof BigDecimal number) {
            text.append(number.toPlainString());
        } else {
            text.append(value == null ? "\u2205" : value.toString().replace("\\", "\\\\").replace(";", "\\;")
                    .replace(",", "\\,"));
        }
    }
}
