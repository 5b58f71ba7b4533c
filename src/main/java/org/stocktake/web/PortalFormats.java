package org.stocktake.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes times (UK time), days and file sizes. */
final class PortalFormats {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PortalFormats() {
    }

    /** {@code 812 bytes}, {@code 14 KB}, {@code 3.2 MB} (1 KB = 1,024 bytes, as file managers count). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
