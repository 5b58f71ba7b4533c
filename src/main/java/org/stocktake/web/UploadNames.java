package org.stocktake.web;

/**
 * The name an uploaded file is kept under: the browser's file name without any folder (old browsers send the whole
 * path), without control characters, at most {@value #MAX_LENGTH} characters (keeping its extension). It names the
 * submission, its feedback files and its downloads.
 */
final class UploadNames {

    static final int MAX_LENGTH = 200;

    private UploadNames() {
    }

    /** The name to keep, or empty when no file was chosen. */
    static String fileName(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.equals(".") || name.equals("..")) {
            return "upload";
        }
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name;
    }
}
