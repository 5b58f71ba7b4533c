package org.stocktake.workbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.stocktake.standard.Rule;

/**
 * A legacy {@code .xls} (BIFF8) read with POI's HSSF usermodel (at most 65,536 rows a sheet, files at most
 * 50 MiB). Formula cells are read through their cached result; merged regions are filled in {@link #grid}.
 */
final class XlsWorkbook implements ReturnWorkbook {

    private final Path file;
    private final WorkbookLimits limits;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final boolean date1904;

    XlsWorkbook(Path file, WorkbookLimits limits, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.file = file;
        this.limits = limits;
        this.fs = fs;
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean isHidden(String sheetName) {
        int index = workbook.getSheetIndex(sheet(sheetName));
        return workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            String actual = sheetNamed(name).orElseThrow(() -> new IllegalArgumentException(
                    "no sheet named '" + name + "'"));
            sheet = workbook.getSheet(actual);
        }
        return sheet;
    }

    @Override
    public Grid grid(String sheetName) throws WorkbookException {
        Sheet sheet = sheet(sheetName);
        String name = sheet.getSheetName();
        try {
            Grid grid = new Grid(name);
            int[] count = new int[1];
            read(sheet, (row, cells) -> {
                count[0] += cells.size();
                if (count[0] > limits.maxGridCells()) {
                    throw new IllegalStateException(new WorkbookException(Rule.FILE_TOO_LARGE, name, "", "sheet '"
                            + name + "' has more than " + limits.maxGridCells() + " cells", null));
                }
                cells.forEach(grid::put);
                return true;
            });
            List<int[]> merges = new ArrayList<>();
            for (CellRangeAddress range : sheet.getMergedRegions()) {
                merges.add(new int[] {range.getFirstRow() + 1, range.getFirstColumn(), range.getLastRow() + 1,
                        range.getLastColumn()});
            }
            Merges.fill(grid, merges, count[0], limits);
            return grid;
        } catch (Throwable e) {
            throw Workbooks.map(unwrap(e), name);
        }
    }

    private static Throwable unwrap(Throwable e) {
        if (e instanceof IllegalStateException && e.getCause() instanceof WorkbookException) {
            return e.getCause();
        }
        return e;
    }

    @Override
    public void stream(String sheetName, RowHandler handler) throws WorkbookException {
        Sheet sheet = sheet(sheetName);
        try {
            read(sheet, handler);
        } catch (Throwable e) {
            throw Workbooks.map(unwrap(e), sheet.getSheetName());
        }
    }

    private void read(Sheet sheet, RowHandler handler) {
        String name = sheet.getSheetName();
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            cells.clear();
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                Cell value = convert(name, cell);
                if (value != null) {
                    cells.add(value);
                }
            }
            if (!cells.isEmpty() && !handler.row(row.getRowNum() + 1, cells)) {
                return;
            }
        }
    }

    private Cell convert(String sheet, org.apache.poi.ss.usermodel.Cell cell) {
        int row = cell.getRowIndex() + 1;
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                return text == null || text.isEmpty() ? null : Cell.text(sheet, row, column, text);
            }
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                BigDecimal number = SpreadsheetNumbers.exact(value);
                if (number == null) {
                    return Cell.formulaError(sheet, row, column, "#NUM!");
                }
                if (isDate(cell)) {
                    LocalDate date = SpreadsheetNumbers.date(value, date1904);
                    if (date != null) {
                        return Cell.date(sheet, row, column, number, date);
                    }
                }
                return Cell.number(sheet, row, column, number);
            }
            case BOOLEAN -> {
                return Cell.bool(sheet, row, column, cell.getBooleanCellValue());
            }
            case ERROR -> {
                String text;
                try {
                    text = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (RuntimeException e) {
                    text = "#VALUE!";
                }
                return Cell.formulaError(sheet, row, column, text);
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isDate(org.apache.poi.ss.usermodel.Cell cell) {
        try {
            return DateUtil.isCellDateFormatted(cell);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (Exception e) {
            // nothing to do
        }
        try {
            fs.close();
        } catch (Exception e) {
            // nothing to do
        }
    }
}
