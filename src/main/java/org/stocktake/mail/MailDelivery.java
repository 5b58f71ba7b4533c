package org.stocktake.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.storage.DatabaseLocks;
import org.stocktake.storage.OutboxStore;
import org.stocktake.storage.OutboxStore.Claimed;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.storage.OutboxStore.StoredMessage;

/**
 * The sender: delivers what waits in the outbox, one recipient at a time. Each recipient is claimed (SENDING, in a
 * committed transaction of its own) before its copy goes to the SMTP server and its outcome is committed at once
 * after, so no two senders (nodes, threads, runs) send the same copy, and a sender that dies between the two leaves
 * the row SENDING: after {@link #LEASE} it becomes UNCERTAIN and is not sent again. A failure is retried by the next
 * run, up to {@link #MAX_ATTEMPTS} attempts; a 5xx refusal is final; when the server cannot be reached the run stops
 * and everything waits for the next. Without {@code spring.mail.host} nothing is sent: what waits is recorded as not
 * sent, with the reason, and not retried later (see the README: stale mail is worse than none).
 */
@Service
public class MailDelivery {

    static final int MAX_ATTEMPTS = 5;
    /** Far longer than one message can take (connection, write and read timeouts): a claim this old is dead. */
    static final Duration LEASE = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxStore store;
    private final MailSettings settings;
    private final TransactionTemplate own;
    private final Clock clock;
    private final Executor background;
    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

    MailDelivery(OutboxStore store, MailSettings settings, PlatformTransactionManager transactions, Clock clock,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.store = store;
        this.settings = settings;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.background = background;
    }

    /** Delivers, on a background thread, what waits in the scope (after an upload: without delaying the page). */
    public void deliverInBackground(Scope scope) {
        background.execute(() -> {
            try {
                DeliveryReport report = deliver(scope);
                if (report.notConfigured() != null) {
                    // no run's summary shows this: the portal's log says it, once
                    if (toldNotConfigured.compareAndSet(false, true)) {
                        log.info("Mail: {}: messages are recorded in the outbox as not sent", report.notConfigured());
                    }
                } else if (!report.clean()) {
                    log.warn("{}", report.headline()); // without the addresses: they are for the run's summary
                }
            } catch (RuntimeException e) {
                log.warn("Mail delivery stopped ({}); what waits goes out with the next run", e.toString());
            }
        });
    }

    /** Delivers what waits in the scope now, and says what became of it. */
    public DeliveryReport deliver(Scope scope) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<OutboxStore.RecipientRow> uncertain = tx(() -> store.giveUpStaleClaims(now.minus(LEASE), now));
        int expired = tx(() -> store.expire(now));
        Optional<JavaMailSender> sender = settings.sender();
        if (sender.isEmpty()) {
            int notSent = tx(() -> store.notSent(scope, MailSettings.NOT_CONFIGURED, now));
            return finish(0, List.of(), notSent, MailSettings.NOT_CONFIGURED, null, scope, expired, uncertain,
                    started);
        }
        Optional<String> problem = settings.problem();
        if (problem.isPresent()) {
            return finish(0, List.of(), 0, problem.get(), null, scope, expired, uncertain, started);
        }
        return send(new SmtpConnection(sender.get()), scope, expired, uncertain, started);
    }

    private DeliveryReport send(SmtpConnection smtp, Scope scope, int expired, List<OutboxStore.RecipientRow> uncertain,
            long started) {
        String claimant = DatabaseLocks.processName() + ":" + UUID.randomUUID().toString().substring(0, 8);
        Map<Long, StoredMessage> messages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, StoredMessage> eldest) {
                return size() > 8; // a pack's PDF is read once for all its recipients, not held for ever
            }
        };
        int sent = 0;
        List<Long> failed = new ArrayList<>();
        String stopped = null;
        try (smtp) {
            long after = 0;
            while (true) {
                long cursor = after;
                Optional<Claimed> next = tx(() -> store.claimNext(cursor, scope, claimant, clock.instant()));
                if (next.isEmpty()) {
                    break;
                }
                Claimed c = next.get();
                after = c.recipientId();
                StoredMessage m = messages.computeIfAbsent(c.messageId(), store::message);
                if (m.sendBefore() != null && clock.instant().isAfter(m.sendBefore())) {
                    outcome(c, claimant, OutboxStore.NOT_SENT, "too late: it was not delivered while it was still valid");
                    continue;
                }
                try {
                    smtp.send(mime(smtp, m, c.address()));
                    outcome(c, claimant, OutboxStore.SENT, null);
                    sent++;
                } catch (SmtpConnection.SendFailure e) {
                    SmtpConnection.Failure f = e.failure();
                    boolean again = f.kind() != SmtpConnection.Kind.REFUSED && c.attempts() + 1 < MAX_ATTEMPTS;
                    outcome(c, claimant, again ? OutboxStore.PENDING : OutboxStore.FAILED,
                            again || f.kind() == SmtpConnection.Kind.REFUSED ? f.reason()
                                    : f.reason() + " (gave up after " + MAX_ATTEMPTS + " attempts)");
                    failed.add(c.recipientId());
                    if (f.kind() == SmtpConnection.Kind.SERVER_UNAVAILABLE) {
                        stopped = f.reason();
                        break;
                    }
                }
            }
        }
        return finish(sent, store.rows(failed), 0, null, stopped, scope, expired, uncertain, started);
    }

    private MimeMessage mime(SmtpConnection smtp, StoredMessage m, String to) throws SmtpConnection.SendFailure {
        try {
            MimeMessage mime = smtp.newMessage();
            MimeMessageHelper h = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            h.setFrom(settings.from());
            h.setTo(to);
            h.setSubject(m.subject());
            h.setText(m.text(), m.html());
            for (OutboxStore.StoredAttachment a : m.attachments()) {
                h.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            mime.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies, please
            return mime;
        } catch (MessagingException | RuntimeException e) {
            throw new SmtpConnection.SendFailure(new SmtpConnection.Failure(SmtpConnection.Kind.REFUSED,
                    "the message could not be made (" + SmtpConnection.innermost(e) + ")"), e);
        }
    }

    private void outcome(Claimed c, String claimant, String state, String error) {
        boolean recorded = tx(() -> store.finish(c.recipientId(), claimant, state, error, clock.instant()));
        if (!recorded) {
            log.warn("Mail: the claim on recipient row {} ran out before its outcome ({}) was recorded", c.recipientId(),
                    state);
        }
    }

    private DeliveryReport finish(int sent, List<OutboxStore.RecipientRow> failed, int notSent, String notConfigured,
            String stopped, Scope scope, int expired, List<OutboxStore.RecipientRow> uncertain, long started) {
        int waiting = tx(() -> store.pending(scope));
        own.executeWithoutResult(tx -> store.tidyFinished());
        return new DeliveryReport(sent, failed, notSent, notConfigured, stopped, waiting, expired, uncertain,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private <T> T tx(Supplier<T> work) {
        return own.execute(status -> work.get());
    }
}
