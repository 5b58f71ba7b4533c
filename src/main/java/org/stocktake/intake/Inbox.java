package org.stocktake.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an inbox folder, recursively, in the order they are imported: last-modified time, then name.
 * Hidden files and folders (names starting with {@code .}) and Office lock files ({@code ~$…}) are passed over.
 */
final class Inbox {

    private Inbox() {
    }

    static List<IncomingFile> scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the inbox " + dir + " is not a folder");
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir))
                    .filter(p -> visible(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .map(p -> describe(dir, p))
                    .sorted(Comparator.comparing(Found::modified).thenComparing(f -> f.file().name()))
                    .map(Found::file)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inbox " + dir, e);
        }
    }

    private static boolean visible(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return false;
            }
        }
        return true;
    }

    private record Found(IncomingFile file, Instant modified) {
    }

    private static Found describe(Path dir, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            String name = dir.relativize(file).toString().replace('\\', '/');
            return new Found(new IncomingFile(file, name, attributes.size()), attributes.lastModifiedTime().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
