package org.stocktake.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.Type;

/**
 * Cells, drop-downs and protection of the template, in an {@code .xlsx} or a legacy {@code .xls} workbook.
 * Rows and columns are 0-based here, as POI counts them.
 */
final class TemplateCells {

    private final TemplateStyles styles;
    private final List<Runnable> validations = new ArrayList<>();

    TemplateCells(TemplateStyles styles) {
        this.styles = styles;
    }

    TemplateStyles styles() {
        return styles;
    }

    /** Writes a value as its cell holds it (text, number, date; null leaves it blank), with a style. */
    void write(Sheet sheet, int row, int column, Object value, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value != null) {
            throw new IllegalArgumentException("a template cell holds text, a number or a date, not "
                    + value.getClass().getSimpleName());
        }
        cell.setCellStyle(style);
    }

    /** The unlocked style of an input cell for what it holds. */
    CellStyle input(Type type) {
        return switch (type) {
            case DATE -> styles.inputDate;
            case COUNT -> styles.inputCount;
            case MONEY -> styles.inputMoney;
            default -> styles.input;
        };
    }

    void title(Sheet sheet, String text) {
        write(sheet, 0, 0, text, styles.title);
    }

    /** The hint below a sheet's title, across columns A to {@code lastColumn} (0-based). */
    void note(Sheet sheet, String text, int lastColumn) {
        across(sheet, 1, 0, lastColumn, text, styles.hint);
    }

    /** What the mark of a number held as text means, in the mark's own colours, across a row's columns. */
    void legend(Sheet sheet, int row, int firstColumn, int lastColumn, String text) {
        across(sheet, row, firstColumn, lastColumn, text, styles.legend);
    }

    /** Text in one cell merged across a row's columns; the cells it covers are created in the same style. */
    private void across(Sheet sheet, int row, int firstColumn, int lastColumn, String text, CellStyle style) {
        write(sheet, row, firstColumn, text, style);
        for (int c = firstColumn + 1; c <= lastColumn; c++) {
            write(sheet, row, c, null, style);
        }
        if (lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }

    /** The hint beside a label's value. */
    void hint(Sheet sheet, int row, String text) {
        write(sheet, row, 2, text, styles.hint);
    }

    void tableHeader(Sheet sheet, int row, List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            write(sheet, row, c, columns.get(c).header(), styles.header);
        }
    }

    /** A drop-down of one of the named lists on one column. */
    void list(Sheet sheet, String listName, int firstRow, int lastRow, int column) {
        add(sheet, sheet.getDataValidationHelper().createFormulaListConstraint(listName), firstRow, lastRow, column,
                column, "Choose a value from the list.");
    }

    /** Dates from {@code from} on (and up to {@code to} when it is not null). */
    void dates(Sheet sheet, LocalDate from, LocalDate to, int firstRow, int lastRow, int firstCol, int lastCol,
            String error) {
        DataValidationConstraint dates = sheet.getDataValidationHelper().createDateConstraint(
                to == null ? OperatorType.GREATER_OR_EQUAL : OperatorType.BETWEEN, dateFormula(from),
                to == null ? null : dateFormula(to), TemplateStyles.DATE_FORMAT);
        add(sheet, dates, firstRow, lastRow, firstCol, lastCol, error);
    }

    /** A validation, added by {@link #addValidations} once every sheet and list exists. */
    void add(Sheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow, int firstCol, int lastCol,
            String error) {
        validations.add(() -> {
            DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                    new CellRangeAddressList(firstRow, Math.min(lastRow, lastRowOf(sheet)), firstCol, lastCol));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Not accepted", error);
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        });
    }

    /**
     * Adds the validations, in the order they were asked for. They wait for the lists: a legacy workbook resolves
     * a drop-down's named range as the drop-down is added, and the lists sheet comes last.
     */
    void addValidations() {
        validations.forEach(Runnable::run);
        validations.clear();
    }

    /** Protection without a password: it guards the layout, not secrets. */
    static void protect(Sheet sheet) {
        if (sheet instanceof XSSFSheet xssf) {
            // enableLocking turns protection on with no password attribute at all (protectSheet("") would hash "").
            xssf.enableLocking();
            xssf.lockFormatColumns(false);
            xssf.lockFormatRows(false);
        } else {
            sheet.protectSheet("");
        }
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column);
        return cell == null ? r.createCell(column) : cell;
    }

    /** A date as officers write it: 15/10/2012. */
    static String format(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The format's last row: a legacy {@code .xls} has 65,536. */
    private static int lastRowOf(Sheet sheet) {
        return sheet.getWorkbook().getSpreadsheetVersion().getLastRowIndex();
    }

    /** A date as a validation formula; the leading {@code =} marks it a formula for {@code .xls}. */
    private static String dateFormula(LocalDate date) {
        return "=DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }
}
