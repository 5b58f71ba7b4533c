package org.stocktake.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.audit.AuditAction;
import org.stocktake.audit.AuditEntry;

/** The audit table (migration V4): only ever inserted into. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Instant at, String actor, AuditAction action, String detail, String source) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, detail, source) VALUES (?, ?, ?, ?, ?)")
                .params(UserStore.utc(at), actor, action.name(), detail, source).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }

    /** Newest first. */
    public List<AuditEntry> page(long offset, int size) {
        return jdbc.sql("SELECT id, occurred_at, actor, action, detail, source FROM audit_event"
                        + " ORDER BY occurred_at DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .params(offset, size)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }
}
