package org.stocktake.workbook;

/**
 * The limits of §8 and the reader's own zip-inflation policy.
 *
 * <p><b>Zip-bomb policy.</b> POI's JVM-wide {@code ZipSecureFile} ratio check (inflated size at most 100× the
 * compressed size) is not used for reading: it refuses ordinary, highly compressible returns. The
 * {@code .xlsx} reader inflates parts itself and applies, to every part it reads:
 * <ol>
 *   <li>a ratio check: once a part has inflated more than {@link #ratioCheckAfterBytes} bytes, it may not
 *       inflate more than {@link #maxInflateRatio} times its compressed size (1,000:1 — a POI ratio of
 *       0.001; deflate cannot exceed about 1,032:1, so this only catches the extreme cases; the
 *       absolute caps below do the rest);</li>
 *   <li>an absolute cap on the inflated size of one part ({@link #maxEntryInflatedBytes}) and of all parts
 *       read from one file ({@link #maxTotalInflatedBytes});</li>
 *   <li>a cap on any single cell text or shared string, Excel's own 32,767 characters
 *       ({@link #maxCellTextChars}), checked while the text is read, so a 1 GiB cell is refused after 32 KiB,
 *       and on the whole shared-strings table ({@link #maxSharedStringChars});</li>
 *   <li>a cap on the rows of one sheet, decided while streaming: {@link #maxRowsPerSheet} counts <em>data</em>
 *       rows, so a sheet may hold that many plus {@link #HEADER_ROWS} rows for the title and header rows above
 *       them (a table's header may sit anywhere in the first 30 rows, §3.2) — a 1,000,000-record Family records
 *       sheet with its header is within the limit, a sheet of more than 1,000,030 rows is not. The reader does
 *       not know where a header is, so it counts every row element against the sum; and on the
 *       cells of a sheet read whole ({@link #maxGridCells}), merged-cell filling included.</li>
 * </ol>
 * Any breach is {@code FILE-TOO-LARGE}. XML parts are parsed with DTDs and external entities switched off:
 * a DOCTYPE anywhere is {@code FILE-UNREADABLE}, so entity-expansion bombs never expand.
 */
public record WorkbookLimits(long maxFileBytes, int maxRowsPerSheet, int maxCellTextChars, int maxGridCells,
                             long maxEntryInflatedBytes, long maxTotalInflatedBytes, double maxInflateRatio,
                             long ratioCheckAfterBytes, long maxSharedStringChars, int maxSharedStrings) {

    /** Rows allowed on top of {@link #maxRowsPerSheet} for a table's title and header (§3.2's search rows). */
    public static final int HEADER_ROWS = 30;

    /** 50 MiB files, 1,000,000 data rows, 32,767-character cells, 200,000-cell grids. */
    public static final WorkbookLimits DEFAULT = new WorkbookLimits(
            50L * 1024 * 1024,
            1_000_000,
            32_767,
            200_000,
            2L * 1024 * 1024 * 1024,
            4L * 1024 * 1024 * 1024,
            1000.0,
            1024 * 1024,
            32L * 1024 * 1024,
            4_000_000);

    /** The most row elements one sheet may hold: the data rows and the header allowance. */
    public long maxSheetRows() {
        return (long) maxRowsPerSheet + HEADER_ROWS;
    }

    public WorkbookLimits withMaxRowsPerSheet(int rows) {
        return new WorkbookLimits(maxFileBytes, rows, maxCellTextChars, maxGridCells, maxEntryInflatedBytes,
                maxTotalInflatedBytes, maxInflateRatio, ratioCheckAfterBytes, maxSharedStringChars, maxSharedStrings);
    }

    public WorkbookLimits withMaxGridCells(int cells) {
        return new WorkbookLimits(maxFileBytes, maxRowsPerSheet, maxCellTextChars, cells, maxEntryInflatedBytes,
                maxTotalInflatedBytes, maxInflateRatio, ratioCheckAfterBytes, maxSharedStringChars, maxSharedStrings);
    }
}
