package org.stocktake.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mail outbox (migration V5): messages with their attachments, and one row per recipient with its own outcome.
 * A sender claims one recipient at a time with {@code SELECT … FOR UPDATE SKIP LOCKED} and a compare-and-set on its
 * state, so several senders (nodes, or a portal's and nightly's) never take the same row; the caller runs each
 * claim and each outcome in a transaction of its own. (About 300 lines: every statement on the outbox's tables is
 * kept here so the claim protocol reads in one place.)
 */
@Repository
public class OutboxStore {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";
    public static final String NOT_SENT = "NOT_SENT";
    public static final String UNCERTAIN = "UNCERTAIN";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as it is written to the outbox. */
    public record NewMessage(String key, String kind, String about, String subject, String text, String html,
            String fingerprint, boolean secret, Instant sendBefore) {
    }

    /** An attachment as stored; {@code content} is null once its message is finished. */
    public record StoredAttachment(String fileName, String contentType, long sizeBytes, byte[] content) {
    }

    /** A message as the sender reads it. */
    public record StoredMessage(long id, String key, String kind, String about, String subject, String text,
            String html, Instant sendBefore, List<StoredAttachment> attachments) {
    }

    /** A recipient row a sender has claimed (state SENDING); {@code attempts} counts earlier attempts. */
    public record Claimed(long recipientId, long messageId, String address, int attempts) {
    }

    /** A recipient's row as reports read it. */
    public record RecipientRow(String key, String kind, String about, String address, String state, int attempts,
            String lastError) {
    }

    /**
     * Which pending rows a sender looks at: all of them, those of one kind of message, or those of given messages.
     * Built from fixed SQL only; values are bound.
     */
    public record Scope(String kind, List<String> keys) {

        public static Scope all() {
            return new Scope(null, null);
        }

        public static Scope kind(String kind) {
            return new Scope(kind, null);
        }

        public static Scope keys(Collection<String> keys) {
            return new Scope(null, List.copyOf(keys));
        }

        String condition(String recipientAlias) {
            if (kind != null) {
                return " AND " + recipientAlias + "message_id IN (SELECT m.id FROM outbox_message m WHERE m.kind = ?)";
            }
            if (keys != null) {
                return " AND " + recipientAlias + "message_id IN (SELECT m.id FROM outbox_message m WHERE m.message_key IN ("
                        + (keys.isEmpty() ? "NULL" : String.join(", ", keys.stream().map(k -> "?").toList())) + "))";
            }
            return "";
        }

        List<Object> values() {
            return kind != null ? List.of(kind) : keys != null ? List.copyOf(keys) : List.of();
        }
    }

    // writing messages (in the transaction of the event that causes them)

    public boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE message_key = ?").param(key).query(Long.class)
                .single() > 0;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another transaction wrote the key first */
    public long insertMessage(NewMessage m, Instant now) {
        jdbc.sql("INSERT INTO outbox_message (message_key, kind, about, subject, body_text, body_html, fingerprint,"
                        + " secret, send_before, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.key(), m.kind(), cut(m.about(), 500), cut(m.subject(), 500), m.text(), m.html(),
                        m.fingerprint(), m.secret(), m.sendBefore() == null ? null : UserStore.utc(m.sendBefore()),
                        UserStore.utc(now))
                .update();
        return jdbc.sql("SELECT id FROM outbox_message WHERE message_key = ?").param(m.key()).query(Long.class).single();
    }

    public void insertAttachment(long messageId, int seq, String fileName, String contentType, byte[] content) {
        jdbc.sql("INSERT INTO outbox_attachment (message_id, seq, file_name, content_type, size_bytes, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(messageId, seq, fileName, contentType, content.length, content).update();
    }

    public void insertRecipient(long messageId, String address) {
        jdbc.sql("INSERT INTO outbox_recipient (message_id, address, state, attempts) VALUES (?, ?, ?, 0)")
                .params(messageId, address, PENDING).update();
    }

    /** How many messages have keys starting with the prefix. */
    public int countWithPrefix(String keyPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE message_key LIKE ? ESCAPE '\\'")
                .param(like(keyPrefix)).query(Integer.class).single();
    }

    /** The fingerprint of the latest message whose key starts with the prefix (empty when none, or it has none). */
    public Optional<String> latestFingerprint(String keyPrefix) {
        return jdbc.sql("SELECT fingerprint FROM outbox_message WHERE message_key LIKE ? ESCAPE '\\' ORDER BY id DESC")
                .param(like(keyPrefix)).query((rs, n) -> Optional.ofNullable(rs.getString(1))).list().stream()
                .findFirst().flatMap(f -> f);
    }

    /**
     * Marks the recipients still waiting for messages whose keys start with the prefix as NOT_SENT, with the reason
     * (a newer pack replaces an older one; an overdue reminder the one before it; an accepted return both).
     */
    public int withdraw(String keyPrefix, String reason, Instant now) {
        return jdbc.sql("UPDATE outbox_recipient SET state = ?, last_error = ?, finished_at = ? WHERE state = ?"
                        + " AND message_id IN (SELECT m.id FROM outbox_message m WHERE m.message_key LIKE ? ESCAPE '\\')")
                .params(NOT_SENT, cut(reason, 1000), UserStore.utc(now), PENDING, like(keyPrefix)).update();
    }

    // delivering

    /**
     * Claims the next pending recipient after {@code afterId} in the scope: locks it, skipping rows another sender
     * holds, and moves it to SENDING under this claimant. Run it in a transaction of its own.
     */
    public Optional<Claimed> claimNext(long afterId, Scope scope, String claimant, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(PENDING);
        params.add(afterId);
        params.addAll(scope.values());
        Optional<Long> next = jdbc.sql("SELECT r.id FROM outbox_recipient r WHERE r.state = ? AND r.id > ?"
                        + scope.condition("r.") + " ORDER BY r.id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
                .params(params).query(Long.class).optional();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        int claimed = jdbc.sql("UPDATE outbox_recipient SET state = ?, claimed_by = ?, claimed_at = ?"
                        + " WHERE id = ? AND state = ?")
                .params(SENDING, claimant, UserStore.utc(now), next.get(), PENDING).update();
        if (claimed == 0) {
            // taken between the two statements (a database without row locks): look further on
            return claimNext(next.get(), scope, claimant, now);
        }
        return jdbc.sql("SELECT id, message_id, address, attempts FROM outbox_recipient WHERE id = ?")
                .param(next.get())
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    public StoredMessage message(long id) {
        List<StoredAttachment> attachments = jdbc.sql("SELECT file_name, content_type, size_bytes, content"
                        + " FROM outbox_attachment WHERE message_id = ? ORDER BY seq")
                .param(id)
                .query((rs, n) -> new StoredAttachment(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getBytes(4)))
                .list();
        return jdbc.sql("SELECT id, message_key, kind, about, subject, body_text, body_html, send_before"
                        + " FROM outbox_message WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), instant(rs.getObject(8, OffsetDateTime.class)),
                        attachments))
                .single();
    }

    /**
     * Records the outcome of a claimed recipient: SENT, PENDING again (a failure worth retrying), or a final FAILED or
     * NOT_SENT with the reason. Only the claimant may: false when the claim was lost (its lease ran out).
     */
    public boolean finish(long recipientId, String claimant, String state, String error, Instant now) {
        boolean done = !PENDING.equals(state);
        return jdbc.sql("UPDATE outbox_recipient SET state = ?, attempts = attempts + ?, last_error = ?,"
                        + " claimed_by = NULL, claimed_at = NULL, finished_at = ? WHERE id = ? AND state = ? AND claimed_by = ?")
                .params(state, NOT_SENT.equals(state) ? 0 : 1, error == null ? null : cut(error, 1000),
                        done ? UserStore.utc(now) : null, recipientId, SENDING, claimant)
                .update() == 1;
    }

    /**
     * Recipients left SENDING since before {@code staleBefore}: their sender stopped (a crash, a kill) between
     * claiming and recording. Whether the server took the message is unknown, so they become UNCERTAIN, not
     * PENDING: a recipient may miss a message, but never gets one twice.
     */
    public List<RecipientRow> giveUpStaleClaims(Instant staleBefore, Instant now) {
        List<Long> stale = jdbc.sql("SELECT id FROM outbox_recipient WHERE state = ? AND claimed_at < ?")
                .params(SENDING, UserStore.utc(staleBefore)).query(Long.class).list();
        List<Long> changed = new ArrayList<>();
        for (long id : stale) {
            if (jdbc.sql("UPDATE outbox_recipient SET state = ?, last_error = ?, finished_at = ? WHERE id = ? AND state = ?"
                            + " AND claimed_at < ?")
                    .params(UNCERTAIN, "its sender stopped while sending it; not sent again, so that no one gets it twice",
                            UserStore.utc(now), id, SENDING, UserStore.utc(staleBefore))
                    .update() == 1) {
                changed.add(id);
            }
        }
        return rows(changed);
    }

    /** Pending recipients of messages whose {@code send_before} has passed become NOT_SENT. */
    public int expire(Instant now) {
        return jdbc.sql("UPDATE outbox_recipient SET state = ?, last_error = ?, finished_at = ? WHERE state = ?"
                        + " AND message_id IN (SELECT m.id FROM outbox_message m WHERE m.send_before < ?)")
                .params(NOT_SENT, "too late: it was not delivered while it was still valid", UserStore.utc(now), PENDING,
                        UserStore.utc(now))
                .update();
    }

    /** Every pending recipient in the scope becomes NOT_SENT with the reason (mail is not configured). */
    public int notSent(Scope scope, String reason, Instant now) {
        List<Object> params = new ArrayList<>(List.of(NOT_SENT, cut(reason, 1000), UserStore.utc(now), PENDING));
        params.addAll(scope.values());
        return jdbc.sql("UPDATE outbox_recipient SET state = ?, last_error = ?, finished_at = ? WHERE state = ?"
                        + scope.condition("")).params(params).update();
    }

    /** How many recipients in the scope wait for a sender. */
    public int pending(Scope scope) {
        List<Object> params = new ArrayList<>(List.of(PENDING));
        params.addAll(scope.values());
        return jdbc.sql("SELECT COUNT(*) FROM outbox_recipient WHERE state = ?" + scope.condition(""))
                .params(params).query(Integer.class).single();
    }

    /**
     * Tidies the messages no recipient waits for any more: a secret message's bodies (a one-time link) are cleared,
     * and every attachment's content is dropped (the pack and the feedback remain where they were made).
     */
    public void tidyFinished() {
        String finished = " NOT EXISTS (SELECT 1 FROM outbox_recipient r WHERE r.message_id = %s AND r.state IN (?, ?))";
        jdbc.sql("UPDATE outbox_message SET body_text = ?, body_html = ?, secret = FALSE WHERE secret = TRUE AND"
                        + finished.formatted("outbox_message.id"))
                .params(CLEARED, CLEARED, PENDING, SENDING).update();
        jdbc.sql("UPDATE outbox_attachment SET content = NULL WHERE content IS NOT NULL AND"
                        + finished.formatted("outbox_attachment.message_id"))
                .params(PENDING, SENDING).update();
    }

    static final String CLEARED = "(cleared once delivered: it held a one-time link)";

    /** The rows of these recipients, for a report. */
    public List<RecipientRow> rows(Collection<Long> recipientIds) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT m.message_key, m.kind, m.about, r.address, r.state, r.attempts, r.last_error"
                        + " FROM outbox_recipient r JOIN outbox_message m ON m.id = r.message_id WHERE r.id IN ("
                        + String.join(", ", recipientIds.stream().map(id -> "?").toList()) + ") ORDER BY r.id")
                .params(List.copyOf(recipientIds))
                .query((rs, n) -> new RecipientRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    /** Every recipient of the messages whose keys start with the prefix, in the order they were written. */
    public List<RecipientRow> recipientsOf(String keyPrefix) {
        return jdbc.sql("SELECT m.message_key, m.kind, m.about, r.address, r.state, r.attempts, r.last_error"
                        + " FROM outbox_recipient r JOIN outbox_message m ON m.id = r.message_id"
                        + " WHERE m.message_key LIKE ? ESCAPE '\\' ORDER BY r.id")
                .param(like(keyPrefix))
                .query((rs, n) -> new RecipientRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
