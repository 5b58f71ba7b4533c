package org.stocktake.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port of the loopback address, one for the whole JVM so
 * that test classes can share an application context that points at it. {@link #stop} and {@link #start} take it
 * down and bring it back on the same port (the mail server being down).
 */
public final class TestMailServer {

    private static GreenMail server;
    private static int port;

    private TestMailServer() {
    }

    /** The port it listens on (started on first use). */
    public static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            port = server.getSmtp().getPort();
        }
        return port;
    }

    /** The mail server goes down: connections to its port are refused. */
    public static synchronized void stop() {
        port();
        server.stop();
    }

    /** It comes back on the same port, with no messages. */
    public static synchronized void start() {
        port();
        if (!server.isRunning()) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Forgets every message received so far. */
    public static synchronized void purge() {
        start();
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every message received, in the order they came. */
    public static synchronized List<MimeMessage> received() {
        port();
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits up to the timeout until at least {@code count} messages have come; true when they have. */
    public static boolean await(int count, long millis) {
        GreenMail s;
        synchronized (TestMailServer.class) {
            port();
            s = server;
        }
        return s.waitForIncomingEmail(millis, count);
    }

    /** A message as it went over the wire: headers, every part, every attachment (base64 and all). */
    public static String raw(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
