package org.stocktake.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.SharedFormula;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Evaluates formulas that have no cached value. A throwaway in-memory {@link XSSFWorkbook} is built with the
 * same sheet names in the same order; the sheet being read and every other sheet small enough to read whole
 * are copied into it (values, and the formulas that have no cached value); POI's evaluator computes the
 * formulas. A sheet too large to copy stays empty, and a formula naming it is reported as not evaluable.
 */
final class FormulaSupport {

    private FormulaSupport() {
    }

    static List<Cell> evaluate(XlsxWorkbook workbook, String sheetName, XlsxWorkbook.RawSheet current) {
        List<SheetParser.UncachedFormula> formulas = current.uncached();
        List<Cell> result = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<SheetParser.UncachedFormula, String> texts = new HashMap<>();
        Map<SheetParser.UncachedFormula, org.apache.poi.ss.usermodel.Cell> targets = new HashMap<>();
        try (XSSFWorkbook scratch = new XSSFWorkbook()) {
            if (workbook.date1904()) {
                scratch.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            }
            XSSFEvaluationWorkbook parsing = XSSFEvaluationWorkbook.create(scratch);
            List<String> names = workbook.sheetNames();
            for (String name : names) {
                scratch.createSheet(name);
            }
            for (int index = 0; index < names.size(); index++) {
                String name = names.get(index);
                XSSFSheet sheet = scratch.getSheetAt(index);
                XlsxWorkbook.RawSheet raw;
                if (name.equals(sheetName)) {
                    raw = current;
                } else {
                    try {
                        raw = workbook.raw(name);
                    } catch (WorkbookException e) {
                        skipped.add(name);
                        continue;
                    }
                }
                for (int row : raw.grid().rowNumbers()) {
                    for (Cell cell : raw.grid().row(row)) {
                        copy(sheet, cell);
                    }
                }
                for (SheetParser.UncachedFormula formula : raw.uncached()) {
                    org.apache.poi.ss.usermodel.Cell target = cellAt(sheet, formula.row(), formula.column());
                    String text = null;
                    try {
                        text = formulaText(parsing, index, formula);
                        target.setCellFormula(text);
                    } catch (RuntimeException e) {
                        // left blank; if it is on the sheet being read it is reported below
                    }
                    if (name.equals(sheetName)) {
                        texts.put(formula, text != null ? text : String.valueOf(formula.formula()));
                        targets.put(formula, target);
                    }
                }
            }
            FormulaEvaluator evaluator = scratch.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
            for (SheetParser.UncachedFormula formula : formulas) {
                String text = texts.getOrDefault(formula, String.valueOf(formula.formula()));
                org.apache.poi.ss.usermodel.Cell target = targets.get(formula);
                Cell cell;
                if (target == null || target.getCellType() != CellType.FORMULA || mentions(text, skipped)) {
                    cell = notEvaluable(sheetName, formula, text);
                } else {
                    cell = evaluateOne(evaluator, target, sheetName, formula, text, workbook.date1904());
                }
                if (cell != null) {
                    result.add(cell);
                }
            }
        } catch (Exception | StackOverflowError e) {
            result.clear();
            for (SheetParser.UncachedFormula formula : formulas) {
                result.add(notEvaluable(sheetName, formula, texts.getOrDefault(formula,
                        String.valueOf(formula.formula()))));
            }
        }
        return result;
    }

    private static Cell evaluateOne(FormulaEvaluator evaluator, org.apache.poi.ss.usermodel.Cell target,
                                    String sheetName, SheetParser.UncachedFormula formula, String text,
                                    boolean date1904) {
        int row = formula.row();
        int column = formula.column();
        try {
            CellValue value = evaluator.evaluate(target);
            if (value == null) {
                return null;
            }
            switch (value.getCellType()) {
                case NUMERIC -> {
                    BigDecimal number = SpreadsheetNumbers.exact(value.getNumberValue());
                    if (number == null) {
                        return Cell.formulaError(sheetName, row, column, "#NUM!");
                    }
                    if (formula.dateStyle()) {
                        LocalDate date = SpreadsheetNumbers.date(value.getNumberValue(), date1904);
                        if (date != null) {
                            return Cell.date(sheetName, row, column, number, date);
                        }
                    }
                    return Cell.number(sheetName, row, column, number);
                }
                case STRING -> {
                    String s = value.getStringValue();
                    return s == null || s.isEmpty() ? null : Cell.text(sheetName, row, column, s);
                }
                case BOOLEAN -> {
                    return Cell.bool(sheetName, row, column, value.getBooleanValue());
                }
                case ERROR -> {
                    return Cell.formulaError(sheetName, row, column, errorText(value.getErrorValue()));
                }
                default -> {
                    return null;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return notEvaluable(sheetName, formula, text);
        }
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (RuntimeException e) {
            return "#VALUE!";
        }
    }

    private static Cell notEvaluable(String sheetName, SheetParser.UncachedFormula formula, String text) {
        return Cell.formulaError(sheetName, formula.row(), formula.column(), "formula =" + text
                + " could not be evaluated");
    }

    private static boolean mentions(String text, List<String> sheets) {
        for (String sheet : sheets) {
            if (text.contains(sheet)) {
                return true;
            }
        }
        return false;
    }

    private static String formulaText(XSSFEvaluationWorkbook parsing, int sheetIndex,
                                      SheetParser.UncachedFormula formula) {
        if (formula.formula() != null) {
            return formula.formula();
        }
        Ptg[] ptgs = FormulaParser.parse(formula.masterFormula(), parsing, FormulaType.CELL, sheetIndex,
                formula.masterRow() - 1);
        SharedFormula shifter = new SharedFormula(SpreadsheetVersion.EXCEL2007);
        Ptg[] shifted = shifter.convertSharedFormulas(ptgs, formula.row() - formula.masterRow(),
                formula.column() - formula.masterColumn());
        return FormulaRenderer.toFormulaString(parsing, shifted);
    }

    private static org.apache.poi.ss.usermodel.Cell cellAt(XSSFSheet sheet, int row, int column) {
        Row r = sheet.getRow(row - 1);
        if (r == null) {
            r = sheet.createRow(row - 1);
        }
        return r.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private static void copy(XSSFSheet sheet, Cell cell) {
        org.apache.poi.ss.usermodel.Cell target = cellAt(sheet, cell.row(), cell.column());
        switch (cell.kind()) {
            case NUMBER, DATE -> target.setCellValue(cell.number().doubleValue());
            case TEXT -> target.setCellValue(cell.text());
            case BOOLEAN -> target.setCellValue("TRUE".equals(cell.text()));
            case FORMULA_ERROR -> {
                FormulaError error;
                try {
                    error = FormulaError.forString(cell.text());
                } catch (RuntimeException e) {
                    error = FormulaError.VALUE;
                }
                target.setCellErrorValue(error.getCode());
            }
        }
    }
}
