package org.stocktake.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a file's feedback under {@code <out>/feedback/} by the file's name, whatever its submission id
 * ({@code blackpool.xlsx.17.csv}, {@code copy.xlsx.duplicate-0123456789ab.csv}): for tests that do not keep the id.
 */
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
        return find(out, fileName, "\\.csv");
    }

    static List<Path> copies(Path out, String fileName) {
        return find(out, fileName, "-feedback\\.xlsx");
    }

    private static List<Path> find(Path out, String fileName, String ending) {
        Path file = out.resolve("feedback").resolve(fileName);
        Pattern name = Pattern.compile(Pattern.quote(file.getFileName().toString())
                + "\\.(\\d+|duplicate-[0-9a-f]{12})" + ending);
        if (!Files.isDirectory(file.getParent())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.filter(f -> name.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path only(List<Path> found, String fileName) {
        assertThat(found).as("feedback of " + fileName).hasSize(1);
        return found.get(0);
    }
}
