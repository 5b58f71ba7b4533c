package org.stocktake.output;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.stocktake.standard.Issue;

/**
 * {@code feedback/<file name>.csv} ({@link FeedbackNames}): every issue of one file, for the officer
 * who filled it in (standard §9).
 */
public final class FeedbackCsv {

    static final List<String> HEADER = List.of("file", "sheet", "cell", "rule", "severity", "message", "explained",
            "explanation");

    private FeedbackCsv() {
    }

    /** {@code <out>/feedback/<name>.csv}, where {@code name} is the file's feedback name ({@link FeedbackNames}). */
    public static Path fileFor(Path outDir, String name) {
        return FeedbackNames.folder(outDir).resolve(name + ".csv");
    }

    /**
     * @param fileName the file's name as reported, in the {@code file} column
     * @param name     its feedback name, which names the CSV (may hold folders)
     */
    public static Path write(Path outDir, String fileName, String name, List<Issue> issues) {
        Path target = fileFor(outDir, name);
        try (SafeCsv csv = SafeCsv.create(target, HEADER)) {
            rows(csv, fileName, issues);
        }
        return target;
    }

    /** The same CSV in memory (UTF-8), for the feedback e-mail's attachment. */
    public static byte[] bytes(String fileName, List<Issue> issues) {
        StringWriter text = new StringWriter();
        write(text, fileName, issues);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same feedback written to a stream (the portal's download); the writer is flushed, not closed. */
    public static void write(Writer out, String fileName, List<Issue> issues) {
        SafeCsv csv = SafeCsv.on(out, HEADER);
        rows(csv, fileName, issues);
        csv.flush();
    }

    private static void rows(SafeCsv csv, String fileName, List<Issue> issues) {
        for (Issue i : issues) {
            csv.row(fileName, i.sheet(), i.cell(), i.rule().id(), i.severity().code(), i.message(),
                    i.explained() ? "yes" : "no", i.explanation());
        }
    }
}
