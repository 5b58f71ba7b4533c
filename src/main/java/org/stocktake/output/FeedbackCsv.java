package org.stocktake.output;

import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.stocktake.standard.Issue;

/** {@code feedback/<file name>.csv}: every issue of one file, for the officer who filled it in (standard §9). */
public final class FeedbackCsv {

    static final List<String> HEADER = List.of("file", "sheet", "cell", "rule", "severity", "message", "explained",
            "explanation");

    private FeedbackCsv() {
    }

    public static Path fileFor(Path outDir, String fileBaseName) {
        return outDir.resolve("feedback").resolve(fileBaseName + ".csv");
    }

    public static Path write(Path outDir, String fileName, String fileBaseName, List<Issue> issues) {
        Path target = fileFor(outDir, fileBaseName);
        try (SafeCsv csv = SafeCsv.create(target, HEADER)) {
            rows(csv, fileName, issues);
        }
        return target;
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
