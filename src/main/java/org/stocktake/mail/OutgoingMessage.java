package org.stocktake.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message as it goes into the outbox: rendered once, the same for every recipient (each gets a copy of their own
 * and sees no other address), so it holds nothing personal but what every recipient may read.
 *
 * @param key         unique: a rerun, a restart or a second node that makes the same message again adds nothing
 * @param about       what it is about, as a run's summary names it ({@code feedback for birmingham.xlsx})
 * @param fingerprint for a pack, what it shows; null otherwise
 * @param secret      it carries a one-time link: its text is cleared from the outbox once delivered
 * @param sendBefore  not sent after this instant; null for no limit
 */
record OutgoingMessage(String key, MessageKind kind, String about, String subject, MailTemplates.Rendered body,
        List<String> recipients, List<Attachment> attachments, String fingerprint, boolean secret, Instant sendBefore) {

    OutgoingMessage {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    /** A file sent with a message. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
