package org.stocktake.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.stocktake.storage.AuditStore;

/** Writes and reads the audit table: who did what, when and from where. */
@Service
public class Audit {

    /** The source of changes made with {@code ./stocktake users …}. */
    public static final String COMMAND_LINE = "command line";

    /** How a failed sign-in with an e-mail that is no user's is recorded: what was typed is not kept. */
    public static final String UNKNOWN_USER = "(unknown e-mail)";

    private static final int DETAIL_LIMIT = 1000;

    private final AuditStore store;
    private final Clock clock;

    Audit(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String detail, String source) {
        String text = detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT - 1) + "…" : detail;
        store.insert(clock.instant(), actor, action, text, source == null ? "unknown" : source);
    }

    /** One page of the audit table, newest first; pages are numbered from 1. */
    public AuditPage page(int page, int size) {
        long total = store.count();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        List<AuditEntry> entries = store.page((long) (current - 1) * size, size);
        return new AuditPage(entries, current, pages, total);
    }

    /** A page of audit rows. */
    public record AuditPage(List<AuditEntry> entries, int page, int pages, long total) {
    }
}
