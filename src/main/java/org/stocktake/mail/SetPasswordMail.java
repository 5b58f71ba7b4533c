package org.stocktake.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.users.SetPasswordLink;
import org.stocktake.users.SetPasswordLinkIssued;
import org.stocktake.users.User;

/**
 * The e-mail that carries a new user's one-time set-password link (standard §11.1), written to the outbox in the
 * transaction that stores the link. It holds a secret: it is not sent once the link has expired, a newer link
 * withdraws it, and its text is cleared from the outbox once it has gone out.
 */
@Component
public class SetPasswordMail {

    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final ReferenceStore reference;

    SetPasswordMail(Outbox outbox, MailTemplates templates, MailSettings settings, ReferenceStore reference) {
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.reference = reference;
    }

    /** The outbox key of the e-mail that carries this link: it names the link by its hash, never by its token. */
    public static String key(User user, SetPasswordLink link) {
        return keyPrefix(user) + link.tokenSha256();
    }

    private static String keyPrefix(User user) {
        return MessageKind.SET_PASSWORD.code() + ":" + user.id() + ":";
    }

    @EventListener
    void issued(SetPasswordLinkIssued event) {
        User user = event.user();
        SetPasswordLink link = event.link();
        outbox.withdraw(keyPrefix(user), "a newer set-password link replaced it");
        Map<String, Object> v = new LinkedHashMap<>();
        String subject = "Create your stocktake password";
        v.put("subject", subject);
        v.put("name", user.name());
        v.put("email", user.email());
        v.put("role", switch (user.role()) {
            case SUBMITTER -> "a pilot officer for " + String.join(", ", user.areas().stream()
                    .map(reference.register()::label).toList());
            case CENTRAL -> "a member of the central team";
            case STEERING -> "a member of the steering group";
        });
        v.put("link", link.url());
        v.put("expires", EXPIRY.format(link.expiresAt()));
        v.put("signIn", settings.link("/login"));
        outbox.enqueue(new OutgoingMessage(key(user, link), MessageKind.SET_PASSWORD,
                "the set-password link of user " + user.id(), subject, templates.render("set-password", v),
                List.of(user.email()), List.of(), null, true, link.expiresAt()));
    }
}
