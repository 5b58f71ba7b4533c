package org.stocktake.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.stocktake.standard.Rule;

/**
 * An {@code .xlsx}/{@code .xlsm} (transitional or Strict OOXML) read without POI's usermodel: the package
 * relationships locate the workbook, its sheets, styles and shared strings; each sheet is one StAX pass.
 *
 * <p>{@link #grid} holds a small sheet whole, fills merged regions (within the used area of the sheet) and
 * evaluates formulas that have no cached value. {@link #stream} never evaluates (a formula without a cached
 * value becomes a {@code FORMULA_ERROR} cell) and does not fill merged regions.
 */
final class XlsxWorkbook implements ReturnWorkbook {

    /** A sheet of the workbook part: its name, its part (null when missing) and whether it is hidden. */
    private record SheetRef(String name, String part, boolean hidden) {
    }

    /** A sheet as read, before merged regions are filled and formulas evaluated. */
    record RawSheet(Grid grid, List<SheetParser.UncachedFormula> uncached, List<int[]> merges) {
    }

    private final Path file;
    private final WorkbookLimits limits;
    private final XlsxPackage pkg;
    private final List<SheetRef> sheets = new ArrayList<>();
    private final boolean date1904;
    private final SharedStrings strings;
    private final Styles styles;

    private XlsxWorkbook(Path file, WorkbookLimits limits, XlsxPackage pkg) throws IOException, XMLStreamException,
            WorkbookException {
        this.file = file;
        this.limits = limits;
        this.pkg = pkg;
        String workbookPart = workbookPart(pkg);
        boolean[] use1904 = new boolean[1];
        List<String[]> sheetList = new ArrayList<>();
        XMLStreamReader reader = pkg.xml(workbookPart);
        try {
            while (reader.hasNext()) {
                if (XlsxPackage.next(reader) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("workbookPr")) {
                    String flag = reader.getAttributeValue(null, "date1904");
                    use1904[0] = "1".equals(flag) || "true".equalsIgnoreCase(flag);
                } else if (name.equals("sheet")) {
                    String sheetName = reader.getAttributeValue(null, "name");
                    String rid = null;
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        String ns = reader.getAttributeNamespace(i);
                        if ("id".equals(reader.getAttributeLocalName(i)) && ns != null && ns.contains("relationships")) {
                            rid = reader.getAttributeValue(i);
                        }
                    }
                    if (sheetName != null) {
                        sheetList.add(new String[] {sheetName, rid, reader.getAttributeValue(null, "state")});
                    }
                }
            }
        } finally {
            reader.close();
        }
        this.date1904 = use1904[0];
        Map<String, String> targets = new HashMap<>();
        String stringsPart = null;
        String stylesPart = null;
        for (XlsxPackage.Relationship rel : pkg.relationships(workbookPart)) {
            if (rel.target() == null) {
                continue;
            }
            targets.put(rel.id(), rel.target());
            if (rel.isType("sharedStrings") && pkg.has(rel.target())) {
                stringsPart = rel.target();
            } else if (rel.isType("styles") && pkg.has(rel.target())) {
                stylesPart = rel.target();
            }
        }
        for (String[] entry : sheetList) {
            String part = entry[1] == null ? null : targets.get(entry[1]);
            boolean hidden = "hidden".equals(entry[2]) || "veryHidden".equals(entry[2]);
            sheets.add(new SheetRef(entry[0], part != null && pkg.has(part) ? part : null, hidden));
        }
        this.styles = stylesPart == null ? Styles.NONE : Styles.read(pkg, stylesPart);
        this.strings = stringsPart == null ? SharedStrings.EMPTY : SharedStrings.start(pkg, stringsPart, limits);
    }

    static XlsxWorkbook open(Path file, WorkbookLimits limits) throws WorkbookException {
        XlsxPackage pkg = null;
        try {
            pkg = new XlsxPackage(file, limits);
            return new XlsxWorkbook(file, limits, pkg);
        } catch (Throwable e) {
            if (pkg != null) {
                pkg.close();
            }
            throw Workbooks.map(e, "");
        }
    }

    private static String workbookPart(XlsxPackage pkg) throws IOException, XMLStreamException, WorkbookException {
        String target = null;
        for (XlsxPackage.Relationship rel : pkg.relationships("")) {
            if (rel.isType("officeDocument") && rel.target() != null) {
                target = rel.target();
                break;
            }
        }
        if (target == null && pkg.has("xl/workbook.xml")) {
            target = "xl/workbook.xml";
        }
        if ((target != null && target.toLowerCase().endsWith(".bin")) || pkg.has("xl/workbook.bin")) {
            throw new WorkbookException(Rule.FILE_FORMAT, "the file is an Excel binary workbook (.xlsb), which "
                    + "this standard does not take" + Workbooks.SAVE_AS);
        }
        if (pkg.has("mimetype") || (target == null && pkg.has("content.xml"))) {
            throw new WorkbookException(Rule.FILE_FORMAT, "the file is an OpenDocument spreadsheet (.ods) or "
                    + "another non-Excel format, which this standard does not take; save it as .xlsx");
        }
        if (target == null || !pkg.has(target)) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, Workbooks.damaged(
                    "the zip holds no Excel workbook part"));
        }
        if (!target.toLowerCase().endsWith(".xml")) {
            throw new WorkbookException(Rule.FILE_UNREADABLE, Workbooks.damaged(
                    "the zip holds no Excel workbook part"));
        }
        return target;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(SheetRef::name).toList();
    }

    @Override
    public boolean isHidden(String sheetName) {
        return sheet(sheetName).hidden();
    }

    private SheetRef sheet(String name) {
        for (SheetRef ref : sheets) {
            if (ref.name().equals(name)) {
                return ref;
            }
        }
        return sheetNamed(name).flatMap(actual -> sheets.stream().filter(s -> s.name().equals(actual)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no sheet named '" + name + "'"));
    }

    @Override
    public Grid grid(String sheetName) throws WorkbookException {
        SheetRef ref = sheet(sheetName);
        try {
            RawSheet raw = raw(ref);
            Grid grid = new Grid(ref.name());
            int count = 0;
            for (int row : raw.grid().rowNumbers()) {
                for (Cell cell : raw.grid().row(row)) {
                    grid.put(cell);
                    count++;
                }
            }
            if (!raw.uncached().isEmpty()) {
                for (Cell cell : FormulaSupport.evaluate(this, ref.name(), raw)) {
                    grid.put(cell);
                    count++;
                }
            }
            Merges.fill(grid, raw.merges(), count, limits);
            return grid;
        } catch (Throwable e) {
            throw strings.failureOr(Workbooks.map(e, ref.name()));
        }
    }

    /** The cells of a sheet as read (cached values only), its uncached formulas and merged regions. */
    RawSheet raw(String sheetName) throws WorkbookException {
        SheetRef ref = sheet(sheetName);
        try {
            return raw(ref);
        } catch (Throwable e) {
            throw strings.failureOr(Workbooks.map(e, ref.name()));
        }
    }

    boolean date1904() {
        return date1904;
    }

    private RawSheet raw(SheetRef ref) throws IOException, XMLStreamException, WorkbookException {
        Grid grid = new Grid(ref.name());
        List<SheetParser.UncachedFormula> uncached = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        if (ref.part() != null) {
            int[] count = new int[1];
            SheetParser parser = parser(ref);
            XMLStreamReader reader = pkg.xml(ref.part());
            try {
                parser.parse(reader, new SheetParser.Sink() {
                    @Override
                    public boolean row(int row, List<Cell> cells) throws WorkbookException {
                        count[0] += cells.size();
                        checkCells(ref.name(), count[0]);
                        cells.forEach(grid::put);
                        return true;
                    }

                    @Override
                    public Cell uncachedFormula(SheetParser.UncachedFormula formula) throws WorkbookException {
                        uncached.add(formula);
                        checkCells(ref.name(), count[0] + uncached.size());
                        return null;
                    }

                    @Override
                    public void mergedRegion(int firstRow, int firstColumn, int lastRow, int lastColumn) {
                        if (merges.size() < limits.maxGridCells()) {
                            merges.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
                        }
                    }
                });
            } finally {
                reader.close();
            }
        }
        return new RawSheet(grid, uncached, merges);
    }

    private SheetParser parser(SheetRef ref) {
        return new SheetParser(ref.name(), limits, new CellDecoder(ref.name(), limits, strings, styles, date1904));
    }

    private void checkCells(String sheet, int count) throws WorkbookException {
        if (count > limits.maxGridCells()) {
            throw new WorkbookException(Rule.FILE_TOO_LARGE, sheet, "", "sheet '" + sheet + "' has more than "
                    + limits.maxGridCells() + " cells, too many for a sheet read whole", null);
        }
    }

    @Override
    public void stream(String sheetName, RowHandler handler) throws WorkbookException {
        SheetRef ref = sheet(sheetName);
        if (ref.part() == null) {
            return;
        }
        try {
            SheetParser parser = parser(ref);
            XMLStreamReader reader = pkg.xml(ref.part());
            try {
                parser.parse(reader, new SheetParser.Sink() {
                    @Override
                    public boolean row(int row, List<Cell> cells) {
                        return handler.row(row, cells);
                    }

                    @Override
                    public Cell uncachedFormula(SheetParser.UncachedFormula formula) {
                        String text = formula.formula() != null ? formula.formula() : formula.masterFormula();
                        return Cell.formulaError(ref.name(), formula.row(), formula.column(), "formula =" + text
                                + " has no saved value (a streamed sheet's formulas are not evaluated)");
                    }
                });
            } finally {
                reader.close();
            }
        } catch (Throwable e) {
            throw strings.failureOr(Workbooks.map(e, ref.name()));
        }
    }

    @Override
    public void complete() throws WorkbookException {
        strings.complete();
    }

    @Override
    public void close() {
        strings.stop();
        pkg.close();
    }
}
