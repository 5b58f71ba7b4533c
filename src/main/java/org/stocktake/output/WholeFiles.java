package org.stocktake.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files written whole or not at all. The content goes to a partial file beside the target, under a name no other
 * writer uses (two imports of same-named uploads, two packs or templates made at once may write one target at the
 * same moment), and is then moved over the target: a reader (the portal serving a pack, a person opening a copy)
 * never sees half a file. A writer that fails leaves the target as it was, and no partial file.
 */
public final class WholeFiles {

    /** What is written into the file. */
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /** Writers such as the PDF exporter write in small pieces. */
    private static final int BUFFER = 1 << 16;

    private WholeFiles() {
    }

    /** Writes {@code target} whole (its folder is made if need be) and returns it. */
    public static <E extends Exception> Path write(Path target, Content<E> content) throws IOException, E {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = folder.resolve(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), BUFFER)) {
            content.writeTo(out);
        } catch (Exception | Error e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
