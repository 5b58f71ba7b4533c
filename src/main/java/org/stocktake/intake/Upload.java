package org.stocktake.intake;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A return uploaded in the portal, to be imported at once like a file of the inbox.
 *
 * @param file       where the uploaded bytes are (a temporary copy is fine: nothing keeps the path)
 * @param fileName   the name the officer gave it: it names the feedback files and appears in every report
 * @param uploadedBy who uploaded it (stored with the submission)
 * @param asOf       the date the import acts as of (decides the current period)
 * @param outDir     where the feedback files are written ({@code feedback/<file name>.csv} and the annotated copy)
 */
public record Upload(Path file, String fileName, String uploadedBy, LocalDate asOf, Path outDir) {
}
