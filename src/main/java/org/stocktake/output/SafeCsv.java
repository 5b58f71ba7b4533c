package org.stocktake.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the pipeline's CSV outputs (standard §9): UTF-8, RFC 4180, a header row, and text that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} written with a leading {@code '} so that no spreadsheet program
 * runs it as a formula.
 */
public final class SafeCsv implements AutoCloseable {

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Opens a file for writing (creating its folder), and writes the header row. */
    public static SafeCsv create(Path file, List<String> header) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return on(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes to a stream the caller owns (flush it with {@link #flush}; closing it is the caller's business). */
    public static SafeCsv on(Writer writer, List<String> header) {
        try {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
            return new SafeCsv(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a row; nulls become empty cells. */
    public void row(Object... values) {
        try {
            for (Object value : values) {
                printer.print(value == null ? "" : guard(value.toString()));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises text a spreadsheet would take for a formula. */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
