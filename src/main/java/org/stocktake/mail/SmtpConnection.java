package org.stocktake.mail;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One sender's connection to the SMTP server, kept open from one message to the next (Boot's
 * {@link JavaMailSenderImpl}: its session, host, port and account), and what a failure means: the server cannot be
 * reached (stop for this run), it refused this message for good (a 5xx reply), or it may take it later.
 */
final class SmtpConnection implements AutoCloseable {

    /** Why a message did not go out. */
    record Failure(Kind kind, String reason) {
    }

    enum Kind {
        /** Connecting or signing in failed: no message can go out in this run. */
        SERVER_UNAVAILABLE,
        /** The server refused this message or address for good (a 5xx reply): it is not tried again. */
        REFUSED,
        /** Anything else (a 4xx reply, a connection lost while sending): tried again by the next run. */
        TRANSIENT
    }

    static final class SendFailure extends Exception {

        private final Failure failure;

        SendFailure(Failure failure, Throwable cause) {
            super(failure.reason(), cause);
            this.failure = failure;
        }

        Failure failure() {
            return failure;
        }
    }

    private static final Pattern REPLY = Pattern.compile("^\\s*([245])\\d\\d[ -].*", Pattern.DOTALL);

    private final JavaMailSender sender;
    private Transport transport;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    void send(MimeMessage message) throws SendFailure {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            sendThroughSpring(message);
            return;
        }
        if (transport == null || !transport.isConnected()) {
            transport = connect(impl);
        }
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            if (!transport.isConnected()) {
                close();
            }
            throw new SendFailure(classify(e), e);
        }
    }

    private static Transport connect(JavaMailSenderImpl impl) throws SendFailure {
        String protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
        String where = impl.getHost() + (impl.getPort() > 0 ? ":" + impl.getPort() : "");
        try {
            Transport t = impl.getSession().getTransport(protocol);
            String user = impl.getUsername() == null || impl.getUsername().isEmpty() ? null : impl.getUsername();
            t.connect(impl.getHost(), impl.getPort(), user, user == null ? null : impl.getPassword());
            return t;
        } catch (AuthenticationFailedException e) {
            throw new SendFailure(new Failure(Kind.SERVER_UNAVAILABLE,
                    "the mail server at " + where + " refused the user name or password (spring.mail.username,"
                            + " spring.mail.password)"), e);
        } catch (MessagingException e) {
            throw new SendFailure(new Failure(Kind.SERVER_UNAVAILABLE,
                    "the mail server at " + where + " could not be reached (" + innermost(e) + ")"), e);
        }
    }

    /** Another {@link JavaMailSender} than Boot's: one connection per message, through Spring. */
    private void sendThroughSpring(MimeMessage message) throws SendFailure {
        try {
            sender.send(message);
        } catch (MailAuthenticationException e) {
            throw new SendFailure(new Failure(Kind.SERVER_UNAVAILABLE, "the mail server refused the user name or"
                    + " password"), e);
        } catch (MailSendException e) {
            Exception cause = e.getFailedMessages().values().stream().findFirst().orElse(e);
            boolean connecting = e.getMessage() != null && e.getMessage().startsWith("Mail server connection failed");
            throw new SendFailure(connecting ? new Failure(Kind.SERVER_UNAVAILABLE, "the mail server could not be"
                    + " reached (" + innermost(cause) + ")") : classify(cause), e);
        } catch (MailException e) {
            throw new SendFailure(new Failure(Kind.TRANSIENT, innermost(e)), e);
        }
    }

    /** A 5xx reply (to the message, or to an address) is final; anything else may go better next time. */
    static Failure classify(Exception e) {
        if (e instanceof SendFailedException s && s.getInvalidAddresses() != null
                && s.getInvalidAddresses().length > 0) {
            return new Failure(Kind.REFUSED, "the mail server refused the address (" + innermost(e) + ")");
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher reply = t.getMessage() == null ? null : REPLY.matcher(t.getMessage());
            if (reply != null && reply.matches()) {
                String text = oneLine(t.getMessage());
                return reply.group(1).equals("5") ? new Failure(Kind.REFUSED, "the mail server refused it: " + text)
                        : new Failure(Kind.TRANSIENT, "the mail server answered: " + text);
            }
        }
        return new Failure(Kind.TRANSIENT, "sending failed: " + innermost(e));
    }

    /** The innermost cause's message: what actually went wrong ("Connection refused"). */
    static String innermost(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return oneLine(message);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
