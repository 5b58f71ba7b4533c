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
 *
 * <p>A large table ({@link #start}) is read on a thread of its own while the sheets are read: a sheet's cell waits only
 * for the string it refers to ({@link #has}), so a million-record return's table (a sixth of its XML) is no longer
 * read before its first row. One thread writes; strings are published in batches through the volatile {@code size}
 * (the arrays are written, or replaced by larger copies, before it). What the table's reading found wrong is
 * reported as if found when the workbook was opened ({@link #failureOr}).
 */
final class SharedStrings {

    static final SharedStrings EMPTY = new SharedStrings();
    private static final int PUBLISH_EVERY = 4096;

    private char[] chars = new char[1024];
    private int length;
    /** start of string i; a negative start marks an over-long string. */
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** Strings read so far (the writer's own count) and those published to readers. */
    private int count;
    private volatile int size;
    private final Object lock = new Object();
    /** Guarded by {@code lock}: whether reading has ended, and what it found wrong. */
    private boolean done = true;
    private WorkbookException failure;
    /** The workbook was closed while the table was being read: its reading ends, and nothing is reported. */
    private volatile boolean stopped;
    private Thread reader;

    /** The string, or null when it was over the cell-text limit; {@code index} must be one {@link #has} allowed. */
    String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = starts[index];
        return start < 0 ? null : new String(chars, start, ends[index] - start);
    }

    /** Whether the table has string {@code index}, waiting for it to be read if need be. */
    boolean has(int index) throws WorkbookException {
        if (index < size) {
            return index >= 0;
        }
        awaitEnd(index);
        return index >= 0 && index < size;
    }

    /**
     * What the workbook's reading should report for {@code found}, an error met while reading a sheet: the table's
     * own error if its reading failed (found when the workbook was opened, as far as the file is concerned), else
     * {@code found}. Waits for the table's reading to end.
     */
    WorkbookException failureOr(WorkbookException found) {
        try {
            awaitEnd(Integer.MAX_VALUE);
            return found;
        } catch (WorkbookException tableFailure) {
            return tableFailure;
        }
    }

    /** Waits for the whole table; throws what its reading found wrong. */
    void complete() throws WorkbookException {
        awaitEnd(Integer.MAX_VALUE);
    }

    private void awaitEnd(int index) throws WorkbookException {
        synchronized (lock) {
            boolean interrupted = false;
            while (!done && index >= size) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the table is read to its end either way, quickly
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * The table of {@code part}: read now when it is small, else (when the part is inflated ahead,
     * {@link XlsxPackage#readsAhead}) on a thread of its own from now on. Either way the part is opened here, on the
     * caller's thread.
     */
    static SharedStrings start(XlsxPackage pkg, String part, WorkbookLimits limits)
            throws IOException, XMLStreamException, WorkbookException {
        if (!pkg.readsAhead(part)) {
            return read(pkg, part, limits);
        }
        SharedStrings table = new SharedStrings();
        XMLStreamReader xml = pkg.xml(part);
        table.done = false;
        table.reader = new Thread(() -> table.readInBackground(xml, limits), "shared strings");
        table.reader.setDaemon(true);
        table.reader.start();
        return table;
    }

    private void readInBackground(XMLStreamReader xml, WorkbookLimits limits) {
        WorkbookException found = null;
        try {
            fill(xml, limits);
        } catch (Throwable e) {
            found = stopped ? null : Workbooks.map(e, "");
        }
        synchronized (lock) {
            size = count;
            failure = found;
            done = true;
            lock.notifyAll();
        }
    }

    /** Stops a reading still under way (the workbook is closed) and waits for its thread. */
    void stop() {
        Thread thread = reader;
        if (thread == null) {
            return;
        }
        stopped = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static SharedStrings read(XlsxPackage pkg, String part, WorkbookLimits limits)
            throws IOException, XMLStreamException, WorkbookException {
        SharedStrings table = new SharedStrings();
        table.fill(pkg.xml(part), limits);
        return table;
    }

    private void fill(XMLStreamReader reader, WorkbookLimits limits)
            throws XMLStreamException, WorkbookException {
        try {
            StringBuilder text = new StringBuilder();
            boolean inSi = false;
            boolean inT = false;
            boolean tooLong = false;
            int phoneticDepth = 0;
            while (reader.hasNext() && !stopped) {
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
                        add(value, limits);
                    }
                }
            }
        } finally {
            reader.close();
        }
        chars = Arrays.copyOf(chars, length);
        size = count;
    }

    private void add(String value, WorkbookLimits limits) throws WorkbookException {
        if (count == limits.maxSharedStrings()) {
            throw new WorkbookException(Rule.FILE_TOO_LARGE, "the workbook holds more than "
                    + limits.maxSharedStrings() + " different texts");
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        if (value == null) {
            starts[count] = -1;
            ends[count] = -1;
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
            starts[count] = length;
            length += value.length();
            ends[count] = length;
        }
        count++;
        if (count % PUBLISH_EVERY == 0 && reader != null) {
            synchronized (lock) {
                size = count;
                lock.notifyAll();
            }
        }
    }
}
