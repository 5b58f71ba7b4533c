package org.stocktake.workbook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;

/** A look at the record headers of a BIFF5 {@code Book} stream, to tell an encrypted one. */
final class Biff {

    private static final int FILEPASS = 0x002F;
    private static final int EOF = 0x000A;

    private Biff() {
    }

    static boolean hasFilePass(DirectoryNode root) {
        try (InputStream in = root.createDocumentInputStream("Book")) {
            for (int i = 0; i < 500; i++) {
                byte[] header = in.readNBytes(4);
                if (header.length < 4) {
                    return false;
                }
                int sid = (header[0] & 0xff) | (header[1] & 0xff) << 8;
                int length = (header[2] & 0xff) | (header[3] & 0xff) << 8;
                if (sid == FILEPASS) {
                    return true;
                }
                if (sid == EOF) {
                    return false;
                }
                in.skipNBytes(length);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
