package org.stocktake.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.stocktake.period.PeriodReport;

/**
 * What a pack shows, as a SHA-256 of its {@link PackModel} (headline, all areas, charts, area sections, exceptions:
 * records of text, whose string form lists every field in order), but not when it was rendered or the "data as at"
 * date on its cover. Two renders of the same data have the same fingerprint, so the pack is e-mailed again only when
 * its content changes (standard §12).
 */
public final class PackFingerprint {

    private PackFingerprint() {
    }

    public static String of(PeriodReport report) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(PackModel.of(report).toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
