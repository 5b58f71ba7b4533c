package org.stocktake.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of a file download: its type, its length where known, and a {@code Content-Disposition} that names the
 * file. The name comes from the user (an upload's file name): it is sent as RFC 6266 says, quoted and escaped in
 * {@code filename} and percent-encoded in {@code filename*}, with every control character (CR and LF among them)
 * removed first, so it can never end the header or start another.
 */
final class Downloads {

    private Downloads() {
    }

    static void start(HttpServletResponse response, String contentType, String fileName, Long length) {
        response.setContentType(contentType);
        if (length != null) {
            response.setContentLengthLong(length);
        }
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
        // a download is private to the user who may see it
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    static String disposition(String fileName) {
        String safe = fileName.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return ContentDisposition.attachment().filename(safe.isBlank() ? "download" : safe, StandardCharsets.UTF_8)
                .build().toString();
    }

    /** The type of an original workbook, by its extension (the file itself decided how it was read). */
    static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return SubmissionDownloads.XLSX;
        }
        if (lower.endsWith(".xlsm")) {
            return "application/vnd.ms-excel.sheet.macroEnabled.12";
        }
        if (lower.endsWith(".xls")) {
            return "application/vnd.ms-excel";
        }
        return "application/octet-stream";
    }
}
