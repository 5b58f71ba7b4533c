package org.stocktake.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.SpreadsheetVersion;
import org.stocktake.standard.Rule;

/**
 * One StAX pass over a worksheet part. Elements are matched by local name (any prefix, transitional or
 * Strict namespace); rows and cells without {@code r=} are numbered by position.
 *
 * <p>A formula with no cached value is handed to {@link Sink#uncachedFormula} — the grid reader evaluates
 * it later; the streaming reader turns it into a {@code FORMULA_ERROR} cell, since evaluation needs the whole
 * workbook in memory.
 */
final class SheetParser {

    interface Sink {
        /** A non-empty row; {@code cells} is reused after the call. False stops the pass. */
        boolean row(int row, List<Cell> cells) throws WorkbookException;

        /**
         * A formula with no cached value; {@code formula} null for a shared-formula dependent. Returns the cell
         * to put in the row now, or null when the formula is resolved later.
         */
        Cell uncachedFormula(UncachedFormula formula) throws WorkbookException;

        default void mergedRegion(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        }
    }

    /** A formula cell with no cached value: its own formula text, or the master of its shared formula. */
    record UncachedFormula(int row, int column, String formula, String masterFormula, int masterRow,
                           int masterColumn, boolean dateStyle) {
    }

    private record Master(String formula, int row, int column) {
    }

    private final String sheet;
    private final WorkbookLimits limits;
    private final CellDecoder decoder;

    SheetParser(String sheet, WorkbookLimits limits, CellDecoder decoder) {
        this.sheet = sheet;
        this.limits = limits;
        this.decoder = decoder;
    }

    /** The rows of a sheet (Excel 2007 and later), as POI defines them. */
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    // element states
    private static final int NONE = 0;
    private static final int V = 1;
    private static final int F = 2;
    private static final int IS_T = 3;

    void parse(XMLStreamReader reader, Sink sink) throws XMLStreamException, WorkbookException {
        Map<String, Master> masters = new HashMap<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        StringBuilder formula = new StringBuilder();
        boolean inSheetData = false;
        boolean inRow = false;
        boolean inCell = false;
        int rowNumber = 0;
        int rowsSeen = 0;
        int column = -1;
        String type = null;
        int style = 0;
        boolean hasValue = false;
        boolean hasFormula = false;
        String formulaType = null;
        String sharedIndex = null;
        int capture = NONE;
        int isDepth = 0;
        int phoneticDepth = 0;

        while (reader.hasNext()) {
            int event = XlsxPackage.next(reader);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (inCell) {
                    switch (name) {
                        case "v" -> {
                            hasValue = true;
                            value.setLength(0);
                            capture = V;
                        }
                        case "f" -> {
                            hasFormula = true;
                            formula.setLength(0);
                            formulaType = reader.getAttributeValue(null, "t");
                            sharedIndex = reader.getAttributeValue(null, "si");
                            capture = F;
                        }
                        case "is" -> {
                            isDepth = 1;
                            hasValue = true;
                            value.setLength(0);
                        }
                        case "rPh" -> phoneticDepth++;
                        case "t" -> {
                            if (isDepth > 0 && phoneticDepth == 0) {
                                capture = IS_T;
                            }
                        }
                        default -> {
                        }
                    }
                } else if (inRow && name.equals("c")) {
                    inCell = true;
                    // one pass over the cell's attributes, the first of each name counting, as a lookup by name
                    // finds it; five million cells make the lookups' repeated scans worth saving
                    String ref = null;
                    String s = null;
                    type = null;
                    for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
                        switch (reader.getAttributeLocalName(i)) {
                            case "r" -> ref = ref == null ? reader.getAttributeValue(i) : ref;
                            case "t" -> type = type == null ? reader.getAttributeValue(i) : type;
                            case "s" -> s = s == null ? reader.getAttributeValue(i) : s;
                            default -> {
                            }
                        }
                    }
                    int refColumn = ref == null ? -1 : CellAddress.columnOf(ref);
                    column = refColumn >= 0 ? refColumn : column + 1;
                    style = s == null ? 0 : SpreadsheetNumbers.parseIntOr(s, 0);
                    hasValue = false;
                    hasFormula = false;
                    formulaType = null;
                    sharedIndex = null;
                    value.setLength(0);
                    formula.setLength(0);
                    isDepth = 0;
                    phoneticDepth = 0;
                } else if (inSheetData && name.equals("row")) {
                    inRow = true;
                    if (++rowsSeen > limits.maxSheetRows()) {
                        throw new WorkbookException(Rule.FILE_TOO_LARGE, sheet, "", String.format(Locale.UK,
                                "sheet '%s' has more than %,d rows (%,d data rows and up to %d rows of title and"
                                        + " header); split the data, or send it in a later return", sheet,
                                limits.maxSheetRows(), limits.maxRowsPerSheet(), WorkbookLimits.HEADER_ROWS), null);
                    }
                    String r = reader.getAttributeValue(null, "r");
                    int number = r == null ? -1 : SpreadsheetNumbers.parseIntOr(r, -1);
                    rowNumber = inOrder(number > 0 ? number : rowNumber + 1, rowNumber);
                    column = -1;
                    cells.clear();
                } else if (name.equals("sheetData")) {
                    inSheetData = true;
                } else if (name.equals("mergeCell")) {
                    mergeCell(reader.getAttributeValue(null, "ref"), sink);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (capture != NONE) {
                    StringBuilder target = capture == F ? formula : value;
                    target.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    // raw text may carry _xHHHH_ escapes (7 characters for 1); the decoded text is checked later
                    if (target.length() > 7L * limits.maxCellTextChars()) {
                        throw decoder.tooLong(rowNumber, column);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if (inCell) {
                    switch (name) {
                        case "v", "f" -> capture = NONE;
                        case "t" -> {
                            if (capture == IS_T) {
                                capture = NONE;
                            }
                        }
                        case "rPh" -> phoneticDepth--;
                        case "is" -> isDepth = 0;
                        case "c" -> {
                            inCell = false;
                            capture = NONE;
                            if (hasFormula && formula.length() > 0 && "shared".equals(formulaType)
                                    && sharedIndex != null) {
                                masters.put(sharedIndex, new Master(formula.toString(), rowNumber, column));
                            }
                            boolean cached = hasValue && (value.length() > 0 || "inlineStr".equals(type));
                            if (hasFormula && !cached) {
                                uncached(sink, cells, masters, rowNumber, column, formula, formulaType,
                                        sharedIndex, style);
                            } else if (hasValue) {
                                Cell cell = decoder.cell(rowNumber, column, type, style, value);
                                if (cell != null) {
                                    cells.add(cell);
                                }
                            }
                        }
                        default -> {
                        }
                    }
                } else if (inRow && name.equals("row")) {
                    inRow = false;
                    if (!cells.isEmpty() && !sink.row(rowNumber, cells)) {
                        return;
                    }
                } else if (name.equals("sheetData")) {
                    inSheetData = false;
                }
            }
        }
    }

    /**
     * A row's number, which must come after the row before it and lie within a sheet, as every spreadsheet program
     * writes it: a damaged or crafted part that repeats or goes back would give two rows one number (and one
     * stored record key).
     */
    private int inOrder(int number, int previous) throws WorkbookException {
        if (number > MAX_ROWS) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, sheet, "", Workbooks.damaged(String.format(Locale.UK,
                    "sheet '%s' has a row %,d, beyond a sheet's %,d rows", sheet, number, MAX_ROWS)), null);
        }
        if (number <= previous) {
            String ref = CellAddress.a1(number, 0);
            throw new WorkbookException(Rule.FILE_UNREADABLE, sheet, ref, Workbooks.damaged(String.format(Locale.UK,
                    "sheet '%s' lists row %d after row %d; a sheet lists its rows in order", sheet, number,
                    previous)), null);
        }
        return number;
    }

    private void uncached(Sink sink, List<Cell> cells, Map<String, Master> masters, int row, int column,
                          StringBuilder formula, String formulaType, String sharedIndex, int style)
            throws WorkbookException {
        UncachedFormula pending;
        if (formula.length() > 0) {
            pending = new UncachedFormula(row, column, formula.toString(), null, 0, 0, decoder.isDateStyle(style));
        } else if ("shared".equals(formulaType) && sharedIndex != null && masters.containsKey(sharedIndex)) {
            Master master = masters.get(sharedIndex);
            pending = new UncachedFormula(row, column, null, master.formula(), master.row(), master.column(),
                    decoder.isDateStyle(style));
        } else {
            cells.add(Cell.formulaError(sheet, row, column, "formula has no value and no formula text"));
            return;
        }
        Cell cell = sink.uncachedFormula(pending);
        if (cell != null) {
            cells.add(cell);
        }
    }

    private void mergeCell(String ref, Sink sink) {
        if (ref == null) {
            return;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return;
        }
        String from = ref.substring(0, colon);
        String to = ref.substring(colon + 1);
        int c1 = CellAddress.columnOf(from);
        int c2 = CellAddress.columnOf(to);
        int r1 = CellAddress.rowOf(from);
        int r2 = CellAddress.rowOf(to);
        if (c1 < 0 || c2 < 0 || r1 < 1 || r2 < 1) {
            return;
        }
        sink.mergedRegion(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    }
}
