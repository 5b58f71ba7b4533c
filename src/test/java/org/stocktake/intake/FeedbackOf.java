package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** A file's feedback under {@code <out>/feedback/} by the file's name ({@code blackpool.xlsx.csv}), asserted present. */
final class FeedbackOf {

    private FeedbackOf() {
    }

    /** The feedback CSV of a file name, asserted written. */
    static Path csv(Path out, String fileName) {
        return written(csvPath(out, fileName));
    }

    /** The annotated copy of a file name, asserted written. */
    static Path copy(Path out, String fileName) {
        return written(copyPath(out, fileName));
    }

    static Path csvPath(Path out, String fileName) {
        return out.resolve("feedback").resolve(fileName + ".csv");
    }

    static Path copyPath(Path out, String fileName) {
        return out.resolve("feedback").resolve(fileName + "-feedback.xlsx");
    }

    private static Path written(Path file) {
        assertThat(file).isRegularFile();
        return file;
    }
}
