package org.stocktake.intake;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Says what the import is doing: file n of total, its outcome, and the pace in records per second. */
@Component
class ImportProgress {

    private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);

    private int total;
    private int done;

    synchronized void start(int total) {
        this.total = total;
        this.done = 0;
    }

    synchronized void seenBefore(IncomingFile file) {
        done++;
        log.debug("[{}/{}] {}: imported before, passed over", done, total, file.name());
    }

    synchronized void done(FileOutcome o) {
        done++;
        double seconds = Math.max(o.took().toNanos() / 1e9, 1e-3);
        String records = o.familyRecords() > 0
                ? String.format(Locale.UK, ", %,d family records at %,.0f rows/s", o.familyRecords(), o.familyRecords() / seconds)
                : "";
        log.info(String.format(Locale.UK, "[%d/%d] %s: %s (%d errors, %d warnings) in %.2f s%s", done, total,
                o.file().name(), o.status(), o.errors(), o.warnings(), seconds, records));
    }
}
