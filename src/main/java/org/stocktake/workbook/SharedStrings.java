package org.stocktake.workbook;

import java.io.IOException;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.stocktake.standard.Rule;

/**
 * The shared-strings table held compactly: all text in one char array with an offsets array, rather than a
 * million String objects. A string longer than the cell-text limit is not stored; it is marked, and a cell
 * that uses it is refused (FILE-TOO-LARGE, naming the cell). The {@code count} attributes are never trusted
 * for pre-allocation.
 */
final class SharedStrings {

    static final SharedStrings EMPTY = new SharedStrings();

    private char[] chars = new char[1024];
    private int length;
    /** start of string i; a negative start marks an over-long string. */
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    int size() {
        return size;
    }

    /** The string, or null when it was over the cell-text limit. */
    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = starts[index];
        return start < 0 ? null : new String(chars, start, ends[index] - start);
    }

    static SharedStrings read(XlsxPackage pkg, String part, WorkbookLimits limits)
            throws IOException, XMLStreamException, WorkbookException {
        SharedStrings table = new SharedStrings();
        XMLStreamReader reader = pkg.xml(part);
        try {
            StringBuilder text = new StringBuilder();
            boolean inSi = false;
            boolean inT = false;
            boolean tooLong = false;
            int phoneticDepth = 0;
            while (reader.hasNext()) {
                int event = XlsxPackage.next(reader);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("si")) {
                        inSi = true;
                        tooLong = false;
                        text.setLength(0);
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        phoneticDepth++;
                    } else if (name.equals("t") && inSi && phoneticDepth == 0) {
                        inT = true;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inT && !tooLong) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        if (text.length() > 7L * limits.maxCellTextChars()) { // room for _xHHHH_ escapes, 7 chars each
                            tooLong = true;
                            text.setLength(0);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("t")) {
                        inT = false;
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        phoneticDepth--;
                    } else if (name.equals("si") && inSi) {
                        inSi = false;
                        String value = tooLong ? null : CellDecoder.decodeEscapes(text.toString());
                        if (value != null && value.length() > limits.maxCellTextChars()) {
                            value = null;
                        }
                        table.add(value, limits);
                    }
                }
            }
        } finally {
            reader.close();
        }
        table.chars = Arrays.copyOf(table.chars, table.length);
        return table;
    }

    private void add(String value, WorkbookLimits limits) throws WorkbookException {
        if (size == limits.maxSharedStrings()) {
            throw new WorkbookException(Rule.FILE_TOO_LARGE, "the workbook holds more than "
                    + limits.maxSharedStrings() + " different texts");
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        if (value == null) {
            starts[size] = -1;
            ends[size] = -1;
        } else {
            if ((long) length + value.length() > limits.maxSharedStringChars()) {
                throw new WorkbookException(Rule.FILE_TOO_LARGE, "the workbook's texts come to more than "
                        + limits.maxSharedStringChars() + " characters");
            }
            if (length + value.length() > chars.length) {
                chars = Arrays.copyOf(chars, (int) Math.min(Integer.MAX_VALUE - 16,
                        Math.max((long) chars.length * 2, (long) length + value.length())));
            }
            value.getChars(0, value.length(), chars, length);
            starts[size] = length;
            length += value.length();
            ends[size] = length;
        }
        size++;
    }
}
