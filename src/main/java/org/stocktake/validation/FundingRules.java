package org.stocktake.validation;

import static org.stocktake.standard.ReturnLayout.FundingColumns.ARRANGEMENT;
import static org.stocktake.standard.ReturnLayout.FundingColumns.COMMITTED;
import static org.stocktake.standard.ReturnLayout.FundingColumns.PARTNER;
import static org.stocktake.standard.ReturnLayout.FundingColumns.RECEIVED;
import static org.stocktake.standard.ReturnLayout.FundingColumns.SOURCE;
import static org.stocktake.standard.ReturnLayout.FundingColumns.SPENT;
import static org.stocktake.standard.ReturnLayout.FundingColumns.STREAM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.Money;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.Rule;
import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.Grid;

/** Reads and checks the Funding sheet's budget lines and Total row (standard §3.2, rules FUND-*). */
final class FundingRules {

    private static final List<Column> COLUMNS = FundingColumns.ALL;
    private static final List<Column> MONEY = FundingColumns.MONEY;

    List<FundingLine> read(Grid grid, Issues issues) {
        String sheet = grid.sheetName();
        Optional<TableHeader> found = TableHeader.find(grid, FundingColumns.ALL);
        if (found.isEmpty()) {
            issues.add(Rule.TPL_FIELD_MISSING, sheet, "", Places.of(sheet, "") + ": no header row with \""
                    + PARTNER.label() + "\" and \"" + STREAM.label() + "\" in the first " + ReturnLayout.HEADER_ROWS
                    + " rows; keep the template's header row above the budget lines");
            return List.of();
        }
        TableHeader header = found.get();
        Map<Column, Integer> columns = new HashMap<>();
        for (Column name : COLUMNS) {
            Optional<Integer> column = header.column(name);
            if (column.isEmpty()) {
                issues.add(Rule.TPL_FIELD_MISSING, sheet, CellAddress.a1(header.row(), 0), Places.of(sheet,
                        CellAddress.a1(header.row(), 0)) + ": the header row " + header.row() + " has no column \""
                        + name.header() + "\"; add it to the header row");
            } else {
                columns.put(name, column.get());
            }
        }
        if (columns.size() < COLUMNS.size()) {
            return List.of();
        }

        List<FundingLine> lines = new ArrayList<>();
        Map<Column, BigDecimal> sums = new HashMap<>();
        Map<Column, Boolean> sumComplete = new HashMap<>();
        Map<Column, HeldAsText> heldAsText = new HashMap<>();
        MONEY.forEach(m -> {
            sums.put(m, BigDecimal.ZERO);
            sumComplete.put(m, true);
            heldAsText.put(m, new HeldAsText());
        });
        Map<String, Integer> seen = new HashMap<>();
        Integer totalRow = null;
        int lastLineRow = header.row();
        int dataRows = 0;
        for (int row : grid.rowNumbers()) {
            if (row <= header.row()) {
                continue;
            }
            List<Cell> cells = grid.row(row);
            if (TableHeader.isTotalRow(cells)) {
                totalRow = row;
                break;
            }
            Map<Column, Cell> values = new HashMap<>();
            for (Column name : COLUMNS) {
                grid.cell(row, columns.get(name)).filter(c -> !c.isBlank()).ifPresent(c -> values.put(name, c));
            }
            if (values.isEmpty()) {
                continue;
            }
            lastLineRow = row;
            dataRows++;
            FundingLine line = line(sheet, row, columns, values, issues);
            for (Column m : MONEY) {
                BigDecimal amount = line == null ? money(values.get(m)) : amountOf(line, m);
                if (amount == null) {
                    sumComplete.put(m, false);
                } else {
                    sums.merge(m, amount, BigDecimal::add);
                    heldAsText.get(m).add(values.get(m), amount);
                }
            }
            if (line == null) {
                continue;
            }
            lines.add(line);
            lineWarnings(sheet, line, columns, issues);
            String key = CodeList.normalise(line.partner()) + "|" + CodeList.normalise(line.fundingStream()) + "|"
                    + CodeList.normalise(line.arrangement());
            Integer first = seen.putIfAbsent(key, row);
            if (first != null) {
                issues.warningAt(Rule.FUND_DUPLICATE_LINE, sheet, CellAddress.a1(row, columns.get(PARTNER)),
                        "this line repeats the partner, funding stream and arrangement of row " + first
                                + "; combine the two lines or tell them apart in the funding stream");
            }
        }

        if (dataRows == 0) {
            issues.warningAt(Rule.FUND_EMPTY, sheet, "", "no budget lines; list each partner budget pooled or aligned, one per row below the header");
        }
        if (totalRow == null) {
            issues.warningAt(Rule.FUND_TOTAL_MISSING, sheet, CellAddress.a1(lastLineRow + 1, 0),
                    "no Total row below the budget lines; add a row that starts with \"Total\" and sums each money column");
        } else {
            for (Column m : MONEY) {
                checkTotal(grid, totalRow, columns.get(m), m, sums.get(m), sumComplete.get(m), heldAsText.get(m),
                        issues);
            }
        }
        return lines;
    }

    private static FundingLine line(String sheet, int row, Map<Column, Integer> columns, Map<Column, Cell> values,
            Issues issues) {
        boolean ok = true;
        for (Column name : COLUMNS) {
            Cell cell = values.get(name);
            if (cell == null) {
                issues.at(Rule.FUND_REQUIRED, sheet, CellAddress.a1(row, columns.get(name)),
                        "\"" + name.label() + "\" is blank on this budget line; fill it in");
                ok = false;
            } else if (cell.kind() == Cell.Kind.FORMULA_ERROR) {
                issues.at(Rule.CELL_FORMULA, cell, "the formula has no usable value (" + cell.text() + "); type the value in instead");
                ok = false;
            }
        }
        String partner = code(values.get(PARTNER), PARTNER.codes(), "partner", issues);
        String source = code(values.get(SOURCE), SOURCE.codes(), "source", issues);
        String arrangement = code(values.get(ARRANGEMENT), ARRANGEMENT.codes(), "arrangement", issues);
        BigDecimal committed = checkedMoney(values.get(COMMITTED), issues);
        BigDecimal received = checkedMoney(values.get(RECEIVED), issues);
        BigDecimal spent = checkedMoney(values.get(SPENT), issues);
        Cell stream = values.get(STREAM);
        if (!ok || partner == null || source == null || arrangement == null || committed == null || received == null
                || spent == null) {
            return null;
        }
        return new FundingLine(row, partner, CellValues.text(stream), source, arrangement, committed, received, spent);
    }

    private static void lineWarnings(String sheet, FundingLine line, Map<Column, Integer> columns, Issues issues) {
        boolean central = CodeList.isCentralPartner(line.partner());
        if (central && line.source().equals(CodeList.LOCAL) || !central && line.source().equals(CodeList.CENTRAL)) {
            issues.warningAt(Rule.FUND_SOURCE, sheet, CellAddress.a1(line.row(), columns.get(SOURCE)),
                    "\"" + line.partner() + "\" is a " + (central ? "central" : "local") + " partner but the source is \""
                            + line.source() + "\"; use \"" + (central ? CodeList.CENTRAL : CodeList.LOCAL) + "\"");
        }
        if (line.received().compareTo(line.committed()) > 0) {
            issues.warningAt(Rule.FUND_RECEIVED_GT_COMMITTED, sheet, CellAddress.a1(line.row(), columns.get(RECEIVED)),
                    "received to date " + Money.pounds(line.received()) + " is more than committed this year "
                            + Money.pounds(line.committed()) + "; check both, or explain it on the Explanations sheet");
        }
        if (line.arrangement().equals(CodeList.POOLED) && line.spent().compareTo(line.received()) > 0) {
            issues.warningAt(Rule.FUND_SPENT_GT_RECEIVED, sheet, CellAddress.a1(line.row(), columns.get(SPENT)),
                    "spent to date " + Money.pounds(line.spent()) + " is more than received to date " + Money.pounds(line.received())
                            + " on a pooled budget; check both, or explain it on the Explanations sheet");
        }
    }

    private static void checkTotal(Grid grid, int row, int column, Column money, BigDecimal sum, boolean complete,
            HeldAsText heldAsText, Issues issues) {
        String name = money.label();
        String sheet = grid.sheetName();
        String ref = CellAddress.a1(row, column);
        Optional<Cell> cell = grid.cell(row, column).filter(c -> !c.isBlank());
        if (cell.isPresent() && cell.get().kind() == Cell.Kind.FORMULA_ERROR) {
            issues.at(Rule.CELL_FORMULA, cell.get(), "the total's formula has no usable value (" + cell.get().text()
                    + "); it should sum the column above");
            return;
        }
        if (!complete) {
            return; // an amount above is already wrong; comparing the total would only repeat that
        }
        if (cell.isEmpty()) {
            if (sum.signum() != 0) {
                issues.at(Rule.FUND_TOTAL, sheet, ref, "the Total of \"" + name + "\" is blank but the lines add up to "
                        + Money.pounds(sum) + "; enter the total, or a formula such as =SUM()");
            }
            return;
        }
        Optional<BigDecimal> total = CellValues.number(cell.get());
        if (total.isEmpty()) {
            issues.at(Rule.FUND_MONEY, cell.get(), CellValues.quote(cell.get())
                    + " is not an amount of money; the Total should be the sum of the lines, " + Money.pounds(sum));
        } else if (total.get().compareTo(sum) != 0) {
            String found = "the Total of \"" + name + "\" is " + Money.pounds(total.get()) + " but the lines add up to "
                    + Money.pounds(sum);
            issues.at(Rule.FUND_TOTAL, cell.get(), heldAsText.explains(total.get(), sum)
                    ? found + "; " + heldAsText.advice() : found + "; correct the total or the lines");
        }
    }

    private static String code(Cell cell, List<String> list, String what, Issues issues) {
        if (cell == null || cell.kind() == Cell.Kind.FORMULA_ERROR) {
            return null;
        }
        Optional<String> match = CodeList.match(list, CellValues.text(cell));
        if (match.isEmpty()) {
            issues.at(Rule.FUND_CODE, cell, CellValues.quote(cell) + " is not a " + what + " the standard lists; choose one of "
                    + String.join(", ", list));
            return null;
        }
        return match.get();
    }

    /** Money from a cell, or null (with FUND-MONEY) when it is not money. */
    private static BigDecimal checkedMoney(Cell cell, Issues issues) {
        if (cell == null || cell.kind() == Cell.Kind.FORMULA_ERROR) {
            return null;
        }
        Optional<BigDecimal> number = CellValues.number(cell);
        if (number.isEmpty()) {
            issues.at(Rule.FUND_MONEY, cell, CellValues.quote(cell) + " is not an amount of money; enter a number such as 12500");
            return null;
        }
        if (number.get().signum() < 0) {
            issues.at(Rule.FUND_MONEY, cell, CellValues.quote(cell) + " is negative; amounts of money are 0 or more");
            return null;
        }
        if (!TextValues.isMoney(number.get())) {
            issues.at(Rule.FUND_MONEY, cell, CellValues.quote(cell)
                    + " has more than 2 decimal places; enter pounds and pence, such as 12500.50");
            return null;
        }
        return number.get().setScale(2);
    }

    private static BigDecimal money(Cell cell) {
        if (cell == null) {
            return BigDecimal.ZERO;
        }
        return CellValues.number(cell).filter(TextValues::isMoney).orElse(null);
    }

    private static BigDecimal amountOf(FundingLine line, Column column) {
        if (column == COMMITTED) {
            return line.committed();
        }
        return column == RECEIVED ? line.received() : line.spent();
    }
}
