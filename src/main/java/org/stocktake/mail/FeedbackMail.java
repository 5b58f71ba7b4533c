package org.stocktake.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.feedback.Quarantine;
import org.stocktake.intake.ReturnImported;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.reference.Register;
import org.stocktake.standard.Issue;
import org.stocktake.storage.OutboxStore.Scope;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.users.Role;
import org.stocktake.users.User;
import org.stocktake.users.Users;
import org.stocktake.validation.ReturnStatus;

/**
 * The feedback e-mail of an imported return (standard §12), written to the outbox in the file's own transaction: to
 * the area's submitters and the Cover's contact e-mail; status, counts, the first issues by sheet!cell, a link to
 * the submission, the §9 feedback CSV attached. What it shows follows {@link Quarantine}: a Family records issue by
 * rule and cell only, and for a quarantined return nothing but the cells (its area is not kept, so it goes to the
 * submitters of the area of the officer who uploaded it, and a quarantined file of the inbox e-mails no one).
 */
@Component
class FeedbackMail {

    static final int FIRST_ISSUES = 10;

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Users users;
    private final ReferenceStore reference;
    private final MailDelivery delivery;

    FeedbackMail(Outbox outbox, MailTemplates templates, MailSettings settings, Users users, ReferenceStore reference,
            MailDelivery delivery) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.users = users;
        this.reference = reference;
        this.delivery = delivery;
    }

    static String key(long submissionId) {
        return MessageKind.FEEDBACK.code() + ":" + submissionId;
    }

    @EventListener
    void imported(ReturnImported r) {
        if (r.status() == ReturnStatus.DUPLICATE) {
            return;
        }
        Register register = reference.register();
        String area = r.areaCode() != null && register.knows(r.areaCode()) ? r.areaCode() : uploadersArea(r);
        List<String> to = new ArrayList<>();
        if (area != null) {
            users.submittersOf(area).stream().filter(u -> !u.disabled()).map(User::email).forEach(to::add);
        }
        if (r.contactEmail() != null) {
            to.add(r.contactEmail());
        }
        boolean quarantined = r.status() == ReturnStatus.QUARANTINED;
        String subject = "Stocktake return " + statusWords(r.status()) + ": " + r.fileName();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("subject", subject);
        v.put("fileName", r.fileName());
        v.put("forWhat", forWhat(r, register));
        v.put("status", r.status().name());
        v.put("quarantined", quarantined);
        v.put("annotated", AnnotatedFeedback.applies(r.issues()));
        v.put("counts", quarantined ? plural(r.issues().size(), "cell") : counts(r));
        List<IssueLine> lines = r.issues().stream().sorted(Comparator.comparing(Issue::severity)).limit(FIRST_ISSUES)
                .map(IssueLine::of).toList();
        v.put("issues", lines);
        v.put("more", r.issues().size() - lines.size());
        v.put("total", r.issues().size());
        v.put("supersedes", r.supersedes());
        v.put("link", settings.link("/submissions/" + r.submissionId()));
        String attachment = r.fileBaseName() + ".csv";
        v.put("attachment", attachment);
        outbox.enqueue(new OutgoingMessage(key(r.submissionId()), MessageKind.FEEDBACK,
                "feedback for " + r.fileName() + " (submission " + r.submissionId() + ")",
                subject, templates.render("feedback", v), to,
                List.of(new OutgoingMessage.Attachment(attachment, "text/csv; charset=UTF-8",
                        FeedbackCsv.bytes(r.fileName(), r.issues()))),
                null, false, null));
    }

    /**
     * Once an upload has committed, its feedback goes out on a background thread: the portal's answer does not wait
     * for the mail server. (A file of the inbox waits for nightly's sender step.)
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(ReturnImported r) {
        if (r.uploaded()) {
            delivery.deliverInBackground(Scope.keys(List.of(key(r.submissionId()))));
        }
    }

    /**
     * A file whose area cannot be read, or a quarantined one, belongs to the area of the submitter who uploaded it
     * (the first, when they have several: standard §11.2); from the inbox it belongs to no area.
     */
    private String uploadersArea(ReturnImported r) {
        if (!r.uploaded()) {
            return null;
        }
        return users.find(r.uploadedBy()).filter(u -> u.role() == Role.SUBMITTER && !u.areas().isEmpty())
                .map(u -> u.areas().get(0)).orElse(null);
    }

    /** {@code Birmingham (E08000025), 2012-13 Q2}: what the return was for, as far as it could be read; or null. */
    private static String forWhat(ReturnImported r, Register register) {
        String area = r.areaCode() == null ? null : register.label(r.areaCode());
        List<String> parts = new ArrayList<>();
        if (area != null) {
            parts.add(area);
        }
        if (r.period() != null) {
            parts.add(r.period());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String statusWords(ReturnStatus status) {
        return switch (status) {
            case ACCEPTED -> "accepted";
            case ACCEPTED_WITH_WARNINGS -> "accepted with warnings";
            case REJECTED -> "rejected";
            case QUARANTINED -> "quarantined";
            case DUPLICATE -> "already received";
        };
    }

    /** {@code 1 error, 2 warnings and 1 note}, or {@code no issues}. */
    static String counts(ReturnImported r) {
        long notes = r.issues().size() - r.errors() - r.warnings();
        List<String> parts = new ArrayList<>();
        if (r.errors() > 0) {
            parts.add(plural(r.errors(), "error"));
        }
        if (r.warnings() > 0) {
            parts.add(plural(r.warnings(), "warning"));
        }
        if (notes > 0) {
            parts.add(plural(notes, "note"));
        }
        if (parts.isEmpty()) {
            return "no issues";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * One issue as the message shows it: where, the rule, how much it counts and what to change, or, for an issue
     * {@link Quarantine#summaryText} may only name by rule and cell, nothing more.
     */
    record IssueLine(String location, String rule, String severity, String message) {

        static IssueLine of(Issue i) {
            String summary = Quarantine.summaryText(i);
            String message = summary.equals(i.message()) ? withoutLocation(i) : null;
            return new IssueLine(i.location().isEmpty() ? "the file" : i.location(), i.rule().id(),
                    i.severity().name().toLowerCase(java.util.Locale.ROOT), message);
        }

        /** Messages often begin with their own {@code Sheet!A1: }; the line already says where. */
        private static String withoutLocation(Issue i) {
            String prefix = i.location() + ": ";
            return !i.location().isEmpty() && i.message().startsWith(prefix) ? i.message().substring(prefix.length())
                    : i.message();
        }
    }
}
