package org.stocktake.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line run in this JVM with its own console: picocli's out and err and the console log are
 * captured here, not through System.out, which other tests share.
 */
record Console(int status, String out, String err) {

    static Console run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = StocktakeCli.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Console(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What an operator sees on stderr: exactly this line. */
    static String line(String text) {
        return text + System.lineSeparator();
    }
}
