package org.stocktake.intake;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in the inbox: where it is, its name relative to the inbox, its size and last-modified time. */
public record InboxFile(Path path, String name, long size, Instant modified) {

    /** The file's own name, without folders: feedback files are named after it. */
    public String baseName() {
        return path.getFileName().toString();
    }
}
