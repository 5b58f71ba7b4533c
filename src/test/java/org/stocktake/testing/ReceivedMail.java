package org.stocktake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A message GreenMail received, taken apart: who it went to (every To, Cc and Bcc it names), its subject, its
 * plain-text and HTML alternatives and its attachments, decoded. {@link #everything} is all of it as text, raw and
 * decoded, for a test that looks for something that must appear nowhere.
 */
public record ReceivedMail(String from, List<String> to, String subject, String text, String html,
        List<Attachment> attachments, String autoSubmitted, String raw) {

    public record Attachment(String fileName, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public static ReceivedMail of(MimeMessage m) {
        try {
            List<String> to = new ArrayList<>();
            for (RecipientType type : List.of(RecipientType.TO, RecipientType.CC, RecipientType.BCC)) {
                Address[] addresses = m.getRecipients(type);
                if (addresses != null) {
                    Arrays.stream(addresses).map(Address::toString).forEach(to::add);
                }
            }
            String[] text = new String[2];
            List<Attachment> attachments = new ArrayList<>();
            walk(m, text, attachments);
            String[] auto = m.getHeader("Auto-Submitted");
            return new ReceivedMail(m.getFrom()[0].toString(), to, m.getSubject(), text[0], text[1], attachments,
                    auto == null ? null : auto[0], TestMailServer.raw(m));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ReceivedMail> all() {
        return TestMailServer.received().stream().map(ReceivedMail::of).toList();
    }

    private static void walk(Part part, String[] text, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), text, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(new Attachment(part.getFileName(),
                    part.getContentType().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                    part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("text/plain")) {
            text[0] = ((String) part.getContent()).replace("\r\n", "\n"); // SMTP's line ends
        } else if (part.isMimeType("text/html")) {
            text[1] = ((String) part.getContent()).replace("\r\n", "\n");
        }
    }

    /** Every byte of the message as text: the raw MIME, and each part decoded (base64 hides nothing from this). */
    public String everything() {
        StringBuilder s = new StringBuilder(raw).append('\n').append(subject).append('\n').append(text).append('\n')
                .append(html);
        attachments.forEach(a -> s.append('\n').append(a.fileName()).append('\n').append(a.text()));
        return s.toString();
    }
}
