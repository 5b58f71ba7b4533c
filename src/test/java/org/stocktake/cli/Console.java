package org.stocktake.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * The command line run in this JVM with its own console: picocli's out and err and the console log are
 * captured here, not through System.out, which other tests share. Afterwards the test logging (logback-test.xml)
 * is back, so the command's log file does not go on receiving other tests' lines.
 */
record Console(int status, String out, String err) {

    static Console run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            status = StocktakeCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
        } finally {
            restoreTestLogging();
        }
        return new Console(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void restoreTestLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException("logback-test.xml", e);
        }
    }

    /** What an operator sees on stderr: exactly this line. */
    static String line(String text) {
        return text + System.lineSeparator();
    }
}
