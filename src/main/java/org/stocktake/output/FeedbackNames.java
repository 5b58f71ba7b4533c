package org.stocktake.output;

import java.util.ArrayList;
import java.util.List;

/**
 * How a submission's feedback files are named under {@code <out>/feedback/}: the file's name as reported (its path
 * relative to the inbox, or an upload's own name) followed by the submission id, so that two inbox files of the
 * same name in different folders, and a resubmission under the same name, never write over each other's
 * feedback, and a person browsing the folder finds each file's feedback beside the others of its name:
 * {@code feedback/a/return.xlsx.17.csv} and {@code feedback/a/return.xlsx.17-feedback.xlsx}.
 */
public final class FeedbackNames {

    private FeedbackNames() {
    }

    /**
     * {@code a/return.xlsx.17}: the name both feedback files start with, the file's name followed by its submission
     * id, or for a duplicate (no submission of its own) by {@code duplicate-} and the first 12 digits of its SHA-256.
     * Folders of the name are kept; empty, {@code .} and {@code ..} parts (possible only in an uploaded name) are left
     * out, so the files stay under {@code feedback/}.
     */
    public static String of(String fileName, Long submissionId, String sha256) {
        List<String> parts = new ArrayList<>();
        for (String part : fileName.split("[/\\\\]")) {
            if (!part.isBlank() && !part.equals(".") && !part.equals("..")) {
                parts.add(part);
            }
        }
        String path = parts.isEmpty() ? "return" : String.join("/", parts);
        return path + "." + (submissionId != null ? submissionId.toString()
                : "duplicate-" + sha256.substring(0, Math.min(12, sha256.length())));
    }

    /** {@code feedback/a/return.xlsx.17.csv}, relative to the output folder. */
    public static String csv(String fileName, Long submissionId, String sha256) {
        return "feedback/" + of(fileName, submissionId, sha256) + ".csv";
    }

}
