package org.stocktake.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.stocktake.standard.Rule;

/**
 * Opens a return workbook, deciding its format by content, never by file name:
 * <ul>
 *   <li>a zip (OOXML) → the streaming {@code .xlsx}/{@code .xlsm} reader (Strict OOXML included);
 *       {@code .ods} and {@code .xlsb} zips → FILE-FORMAT;</li>
 *   <li>OLE2 → FILE-ENCRYPTED for an encrypted OOXML package or an encrypted BIFF stream, HSSF for a BIFF8
 *       {@code Workbook} stream, FILE-FORMAT for a BIFF5 {@code Book} stream;</li>
 *   <li>raw BIFF2–4, Excel 2003 XML, HTML, CSV and other text → FILE-FORMAT;</li>
 *   <li>anything else, and every damaged file → FILE-UNREADABLE; over 50 MiB → FILE-TOO-LARGE, before opening.</li>
 * </ul>
 * Whatever POI or the zip and XML layers throw (runtime exceptions and errors included) comes out as a
 * {@link WorkbookException} with a message for a person. The zip-bomb policy is described on {@link WorkbookLimits}.
 */
public final class Workbooks {

    static final String SAVE_AS = "; open it in your spreadsheet program (Excel or LibreOffice) and save it as an"
            + " Excel workbook (.xlsx)";
    private static final Set<String> BIFF8_STREAMS = Set.of("Workbook", "WORKBOOK", "WorkBook", "BOOK");

    private Workbooks() {
    }

    public static ReturnWorkbook open(Path file) throws WorkbookException {
        return open(file, WorkbookLimits.DEFAULT);
    }

    public static ReturnWorkbook open(Path file, WorkbookLimits limits) throws WorkbookException {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new WorkbookException(Rule.FILE_UNREADABLE, "the file cannot be found or is not a file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, "the file cannot be read: " + reason(e));
        }
        if (size > limits.maxFileBytes()) {
            throw new WorkbookException(Rule.FILE_TOO_LARGE, "the file is " + size / (1024 * 1024)
                    + " MiB, over the limit of " + limits.maxFileBytes() / (1024 * 1024) + " MiB");
        }
        if (size == 0) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, damaged("the file is empty"));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, damaged(reason(e)));
        }
        switch (magic) {
            case OOXML:
                return XlsxWorkbook.open(file, limits);
            case OLE2:
                return openOle2(file, limits);
            case BIFF2, BIFF3, BIFF4:
                throw oldFormat();
            case XML:
                throw new WorkbookException(Rule.FILE_FORMAT, "the file is an XML document (such as an Excel 2003 "
                        + "XML Spreadsheet), not an Excel workbook this standard takes" + SAVE_AS);
            case HTML:
                throw new WorkbookException(Rule.FILE_FORMAT, "the file is a web page (HTML), not an Excel "
                        + "workbook" + SAVE_AS);
            default:
                if (looksLikeText(file)) {
                    throw new WorkbookException(Rule.FILE_FORMAT, "the file is plain text or CSV, not an Excel "
                            + "workbook" + SAVE_AS);
                }
                throw new WorkbookException(Rule.FILE_UNREADABLE, damaged("it is not a spreadsheet file ("
                        + magic.name().toLowerCase() + ")"));
        }
    }

    private static ReturnWorkbook openOle2(Path file, WorkbookLimits limits) throws WorkbookException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted();
            }
            boolean biff8 = BIFF8_STREAMS.stream().anyMatch(root::hasEntry);
            if (!biff8 && root.hasEntry("Book")) {
                if (Biff.hasFilePass(root)) {
                    throw encrypted();
                }
                throw oldFormat();
            }
            if (!biff8) {
                throw new WorkbookException(Rule.FILE_UNREADABLE, damaged(
                        "it is an OLE2 document with no Excel workbook inside (a Word or other Office file?)"));
            }
            HSSFWorkbook workbook = new HSSFWorkbook(root, false);
            return new XlsWorkbook(file, limits, fs, workbook);
        } catch (Throwable e) {
            if (fs != null) {
                try {
                    fs.close();
                } catch (Throwable ignored) {
                    // nothing to do
                }
            }
            throw map(e, "");
        }
    }

    private static WorkbookException encrypted() {
        return new WorkbookException(Rule.FILE_ENCRYPTED, "the file is password-protected (encrypted); save it "
                + "again as .xlsx without a password to open");
    }

    private static WorkbookException oldFormat() {
        return new WorkbookException(Rule.FILE_FORMAT, "the file is saved in an old Excel format (Excel 5.0/95 or "
                + "earlier)" + SAVE_AS);
    }

    static String damaged(String reason) {
        return "the file is damaged or is not an Excel workbook: " + reason;
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            if (head.length == 0) {
                return false;
            }
            int control = 0;
            for (byte b : head) {
                int c = b & 0xff;
                if (c == 0) {
                    return false;
                }
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    control++;
                }
            }
            String text = new String(head, StandardCharsets.UTF_8);
            return control * 20 < head.length && !text.startsWith("%PDF");
        } catch (IOException e) {
            return false;
        }
    }

    /** Maps anything thrown while reading to a WorkbookException with a plain message. */
    static WorkbookException map(Throwable e, String sheet) {
        if (e instanceof WorkbookException w) {
            return w;
        }
        if (e instanceof OutOfMemoryError) {
            return new WorkbookException(Rule.FILE_TOO_LARGE, sheet, "", "the file is too large to read in the "
                    + "memory available", null);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkbookException w) {
                return w;
            }
            if (t instanceof XlsxPackage.InflationLimitException) {
                return new WorkbookException(Rule.FILE_TOO_LARGE, sheet, "", t.getMessage(), null);
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof XlsxPackage.InflationLimitException i) {
                return new WorkbookException(Rule.FILE_TOO_LARGE, sheet, "", i.getMessage(), null);
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted();
            }
            if (t instanceof OldExcelFormatException) {
                return oldFormat();
            }
        }
        String reason;
        if (e instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) {
            reason = "its zip container is damaged (" + reason(io) + ")";
        } else if (e instanceof XlsxPackage.DoctypeException) {
            reason = e.getMessage() + " (an XML entity-expansion attack?)";
        } else if (e instanceof XMLStreamException) {
            reason = "a part of it is not well-formed XML (" + reason(e) + ")";
        } else if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            reason = "its zip container is damaged (" + reason(e) + ")";
        } else if (e instanceof IOException) {
            reason = "it cannot be read (" + reason(e) + ")";
        } else {
            reason = "its content is inconsistent (" + reason(e) + ")";
        }
        return new WorkbookException(Rule.FILE_UNREADABLE, sheet, "", damaged(reason), e);
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        message = message.strip();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
