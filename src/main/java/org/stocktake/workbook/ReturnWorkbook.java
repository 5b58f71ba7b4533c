package org.stocktake.workbook;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An opened return workbook ({@code .xlsx}, {@code .xlsm} or {@code .xls}). Small sheets are read whole as a
 * {@link Grid}; large ones are streamed row by row so that a sheet of a million rows never sits in memory.
 */
public interface ReturnWorkbook extends Closeable {

    Path file();

    /** Sheet names in workbook order, as written (hidden sheets included). */
    List<String> sheetNames();

    /** Whether a sheet (named as {@link #sheetNames} gives it) is hidden from the officer, or very hidden. */
    boolean isHidden(String sheetName);

    /**
     * The actual name of the sheet matching {@code wanted} case-insensitively, ignoring surrounding spaces.
     */
    default Optional<String> sheetNamed(String wanted) {
        String key = wanted.strip();
        return sheetNames().stream().filter(name -> name.strip().equalsIgnoreCase(key)).findFirst();
    }

    /**
     * Reads a small sheet whole: merged cells take their top-left value, formulas their cached value or, where
     * there is none, their evaluated value.
     *
     * @throws WorkbookException {@code FILE-TOO-LARGE} when the sheet is too big to hold, or another file rule
     */
    Grid grid(String sheetName) throws WorkbookException;

    /** Streams a sheet row by row in sheet order, in bounded memory. */
    void stream(String sheetName, RowHandler handler) throws WorkbookException;

    /**
     * Waits for what is read of the workbook in the background (a large table of shared texts) and throws what that
     * found wrong, a file-level rule as if found when the workbook was opened. A reader of the whole workbook calls it
     * once done with the sheets.
     */
    default void complete() throws WorkbookException {
    }

    @Override
    void close();
}
