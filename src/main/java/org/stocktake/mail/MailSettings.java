package org.stocktake.mail;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * How mail is configured: Spring Boot's own {@code spring.mail.*} (its {@link JavaMailSender}, used only when
 * {@code spring.mail.host} is set), {@code stocktake.mail.from}, and {@code stocktake.portal.url} for the links.
 * The host is read here rather than left to Boot's condition on it: the commands' context is prepared at build time
 * (cli/PreparedCommandContext), where the sender is always defined.
 */
@Component
public class MailSettings {

    static final String NOT_CONFIGURED = "mail is not configured (spring.mail.host is not set)";

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean hostSet;
    private final String from;
    private final String portalUrl;

    MailSettings(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
            @Value("${stocktake.mail.from:}") String from, @Value("${stocktake.portal.url}") String portalUrl) {
        this.sender = sender;
        this.hostSet = !host.isBlank();
        this.from = from.strip();
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** The mail sender, when {@code spring.mail.host} is set. */
    Optional<JavaMailSender> sender() {
        return hostSet ? Optional.ofNullable(sender.getIfAvailable()) : Optional.empty();
    }

    public boolean configured() {
        return sender().isPresent();
    }

    /**
     * Why messages cannot go out although mail is configured: no usable {@code stocktake.mail.from}. They then wait
     * in the outbox until it is fixed (unlike mail that is not configured at all, which is recorded as not sent).
     */
    Optional<String> problem() {
        if (from.isEmpty()) {
            return Optional.of("stocktake.mail.from is not set: give the address messages are sent from");
        }
        try {
            new InternetAddress(from, true);
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("stocktake.mail.from \"" + from + "\" is not an e-mail address");
        }
    }

    String from() {
        return from;
    }

    /** A portal page's address: {@code <stocktake.portal.url><path>}. */
    String link(String path) {
        return portalUrl + path;
    }
}
