package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A file's feedback under {@code <out>/feedback/} by the file's name ({@code blackpool.xlsx.csv}), asserted present. */
final class FeedbackOf {

    private FeedbackOf() {
    }

    /** The one feedback CSV of a file name. */
    static Path csv(Path out, String fileName) {
        return only(csvs(out, fileName), fileName);
    }

    /** The one annotated copy of a file name. */
    static Path copy(Path out, String fileName) {
        return only(copies(out, fileName), fileName);
    }

    static List<Path> csvs(Path out, String fileName) {
        return find(out, fileName, ".csv");
    }

    static List<Path> copies(Path out, String fileName) {
        return find(out, fileName, "-feedback.xlsx");
    }

    private static List<Path> find(Path out, String fileName, String ending) {
        Path file = out.resolve("feedback").resolve(fileName + ending);
        return Files.isRegularFile(file) ? List.of(file) : List.of();
    }

    private static Path only(List<Path> found, String fileName) {
        assertThat(found).as("feedback of " + fileName).hasSize(1);
        return found.get(0);
    }
}
