package org.stocktake.audit;

import java.time.Instant;

/**
 * One audit row: who ({@code actor}, an e-mail), when, what ({@code action} and a {@code detail} that never holds a
 * password or token) and from where ({@code source}: a remote address, or {@link Audit#COMMAND_LINE}).
 */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String detail,
        String source) {
}
