package org.stocktake.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: where its bytes are, the name it is reported and given feedback under (its path relative to
 * the inbox, or an upload's own file name) and its size.
 */
public record IncomingFile(Path path, String name, long size) {

    /** A file whose size is read from disk. */
    static IncomingFile of(Path path, String name) {
        try {
            return new IncomingFile(path, name, Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The file's own name, without folders, whose extension says what it should be. */
    public String baseName() {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
