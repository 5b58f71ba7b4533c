package org.stocktake.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.ExplanationColumns;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.standard.ReturnLayout.Type;
import org.stocktake.workbook.CellAddress;

/**
 * The template's tables (standard §3.2 to §3.4): Funding with its input rows and a Total row of SUM formulas
 * straight after them, Family records (header on row {@value #RECORDS_HEADER_ROW}) and Explanations, each with
 * the drop-downs and validations of its columns.
 */
final class TemplateTables {

    /** Sheet rows are 1-based in these constants, as officers read them. */
    static final int RECORDS_HEADER_ROW = 3;
    /** Validations reach the standard's row limit; they cost nothing per row. */
    static final int RECORDS_LAST_ROW = 1_000_000;
    static final int EXPLANATION_ROWS = 50;
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    private final Workbook wb;
    private final TemplateCells cells;
    private final FilledReturn values;
    private final Period period;

    TemplateTables(Workbook wb, TemplateCells cells, FilledReturn values) {
        this.wb = wb;
        this.cells = cells;
        this.values = values;
        this.period = values.period();
    }

    void funding() {
        Sheet sheet = wb.createSheet(ReturnLayout.FUNDING);
        cells.title(sheet, "Partner budgets pooled or aligned");
        List<Column> columns = FundingColumns.ALL;
        int committed = columns.indexOf(FundingColumns.COMMITTED);
        int spent = columns.indexOf(FundingColumns.SPENT);
        cells.note(sheet, "Money in pounds and pence. Received and spent are to date in the financial year "
                + period.financialYear() + ".", committed - 2);
        cells.legend(sheet, 1, committed - 1, spent, "A money cell coloured like this one holds its amount as text"
                + " (pasted from an e-mail, or typed into a cell formatted as text): the Total leaves it out and the return is"
                + " rejected. Retype the amount as a number.");
        int header = values.fundingHeaderRow() - 1;
        cells.tableHeader(sheet, header, columns);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (c == 1 ? 36 : c == 0 ? 30 : 18) * 256);
        }
        int first = header + 1;
        int last = header + values.fundingRows();
        List<List<Object>> lines = values.fundingLines();
        for (int r = first; r <= last; r++) {
            List<Object> line = r - first < lines.size() ? lines.get(r - first) : null;
            for (int c = 0; c < columns.size(); c++) {
                cells.write(sheet, r, c, line == null ? null : line.get(c), cells.input(columns.get(c).type()));
            }
        }
        total(sheet, last + 1, first, last, lines);
        sheet.createFreezePane(0, header + 1);
        TemplateStyles.markText(sheet, new CellRangeAddress(first, last, committed, spent));

        cells.list(sheet, TemplateLists.PARTNERS, first, last, columns.indexOf(FundingColumns.PARTNER));
        cells.list(sheet, TemplateLists.SOURCES, first, last, columns.indexOf(FundingColumns.SOURCE));
        cells.list(sheet, TemplateLists.ARRANGEMENTS, first, last, columns.indexOf(FundingColumns.ARRANGEMENT));
        DataValidationConstraint money = sheet.getDataValidationHelper().createDecimalConstraint(
                OperatorType.GREATER_OR_EQUAL, "0", null);
        cells.add(sheet, money, first, last, committed, spent, "Enter an amount in pounds and pence, 0 or more, such as"
                        + " 12500.50.");
    }

    /** The Total row: SUM formulas over the input rows, cached as a spreadsheet saves them when lines are filled. */
    private void total(Sheet sheet, int row, int first, int last, List<List<Object>> lines) {
        List<Column> columns = FundingColumns.ALL;
        TemplateCells.cell(sheet, row, 0).setCellValue(ReturnLayout.TOTAL);
        for (int c = 0; c < columns.size(); c++) {
            boolean money = columns.get(c).type() == Type.MONEY;
            Cell cell = TemplateCells.cell(sheet, row, c);
            cell.setCellStyle(money ? cells.styles().totalMoney : cells.styles().total);
            if (money) {
                String letters = CellAddress.column(c);
                cell.setCellFormula("SUM(" + letters + (first + 1) + ":" + letters + (last + 1) + ")");
                if (!lines.isEmpty()) {
                    cell.setCellValue(sum(lines, c).doubleValue());
                }
            }
        }
    }

    void records() {
        Sheet sheet = wb.createSheet(ReturnLayout.FAMILY_RECORDS);
        cells.title(sheet, "Pseudonymised family records: no names, addresses or other personal data");
        List<Column> columns = RecordColumns.ALL;
        cells.note(sheet, "Optional. One row per family, from row " + (RECORDS_HEADER_ROW + 1)
                + "; leave only the header if you send no records.", columns.size() - 1);
        cells.tableHeader(sheet, RECORDS_HEADER_ROW - 1, columns);
        for (int c = 0; c < columns.size(); c++) {
            // Column styles unlock the input area without writing a million empty cells.
            sheet.setDefaultColumnStyle(c, cells.input(columns.get(c).type()));
            sheet.setColumnWidth(c, 20 * 256);
        }
        // The title rows are labels, not input: cells of their own keep the input columns' style off them.
        for (int c = 1; c < columns.size(); c++) {
            cells.write(sheet, 0, c, null, cells.styles().title);
        }
        sheet.createFreezePane(0, RECORDS_HEADER_ROW);
        int first = RECORDS_HEADER_ROW;
        List<List<Object>> records = values.records();
        for (int r = 0; r < records.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = records.get(r).get(c);
                if (value != null) {
                    cells.write(sheet, first + r, c, value, cells.input(columns.get(c).type()));
                }
            }
        }
        int last = RECORDS_LAST_ROW - 1;
        String end = TemplateCells.format(period.end());
        cells.dates(sheet, EARLIEST_DATE, period.end(), first, last, columns.indexOf(RecordColumns.IDENTIFIED),
                columns.indexOf(RecordColumns.STARTED), "Enter a date on or before " + end + ".");
        int closed = columns.indexOf(RecordColumns.CLOSED);
        cells.dates(sheet, EARLIEST_DATE, null, first, last, closed, closed,
                "Enter the date the family's case was closed.");
        cells.list(sheet, TemplateLists.OUTCOMES, first, last, columns.indexOf(RecordColumns.OUTCOME));
    }

    void explanations() {
        Sheet sheet = wb.createSheet(ReturnLayout.EXPLANATIONS);
        cells.tableHeader(sheet, 0, ExplanationColumns.ALL);
        sheet.setDefaultColumnStyle(0, cells.input(Type.TEXT));
        sheet.setDefaultColumnStyle(1, cells.styles().inputWrapped);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 62 * 256);
        int row = 1;
        for (Map.Entry<String, String> e : values.explanations().entrySet()) {
            cells.write(sheet, row, 0, e.getKey(), cells.input(Type.TEXT));
            cells.write(sheet, row++, 1, e.getValue(), cells.styles().inputWrapped);
        }
        cells.list(sheet, TemplateLists.WARNING_RULES, 1, EXPLANATION_ROWS, 0);
    }

    /** What the Total's SUM shows: the numbers of a column, text skipped as a spreadsheet skips it. */
    private static BigDecimal sum(List<List<Object>> lines, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Object> line : lines) {
            if (line.get(column) instanceof Number n) {
                sum = sum.add(n instanceof BigDecimal d ? d : new BigDecimal(n.toString()));
            }
        }
        return sum;
    }
}
