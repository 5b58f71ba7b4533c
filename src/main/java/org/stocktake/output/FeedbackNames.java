package org.stocktake.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a file's feedback is named under {@code <out>/feedback/}: §9's {@code feedback/<file name>.csv}, where the
 * file name is the name the import report gives it (its path relative to the inbox, or an upload's own name), so
 * two inbox files of the same name in different folders never write over each other's feedback:
 * {@code feedback/a/return.xlsx.csv} and {@code feedback/a/return.xlsx-feedback.xlsx}. A later file of the same
 * path replaces its feedback there; every submission's own feedback stays in the database (the portal serves it).
 */
public final class FeedbackNames {

    private static final String FOLDER = "feedback";

    private FeedbackNames() {
    }

    /** {@code <out>/feedback}, the folder of every file's feedback. */
    public static Path folder(Path outDir) {
        return outDir.resolve(FOLDER);
    }

    /**
     * {@code a/return.xlsx}: the name both feedback files start with. Folders of the name are kept; empty, {@code .}
     * and {@code ..} parts (possible only in an uploaded name) are left out, so the files stay under {@code feedback/}.
     */
    public static String of(String fileName) {
        List<String> parts = new ArrayList<>();
        for (String part : fileName.split("[/\\\\]")) {
            if (!part.isBlank() && !part.equals(".") && !part.equals("..")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? "return" : String.join("/", parts);
    }

    /** {@code feedback/a/return.xlsx.csv}, relative to the output folder. */
    public static String csv(String fileName) {
        return FOLDER + "/" + of(fileName) + ".csv";
    }

}
