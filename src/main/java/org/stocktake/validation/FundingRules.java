package org.stocktake.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.Money;
import org.stocktake.standard.Rule;
import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.Grid;

/** Reads and checks the Funding sheet's budget lines and Total row (standard §3.2, rules FUND-*). */
final class FundingRules {

    static final String PARTNER = "Partner";
    static final String STREAM = "Funding stream";
    static final String SOURCE = "Source";
    static final String ARRANGEMENT = "Arrangement";
    static final String COMMITTED = "Committed this year";
    static final String RECEIVED = "Received to date";
    static final String SPENT = "Spent to date";
    static final List<String> COLUMNS = List.of(PARTNER, STREAM, SOURCE, ARRANGEMENT, COMMITTED, RECEIVED, SPENT);
    static final List<String> MONEY = List.of(COMMITTED, RECEIVED, SPENT);

    List<FundingLine> read(Grid grid, Issues issues) {
        String sheet = grid.sheetName();
        Optional<TableHeader> found = Optional.empty();
        for (int row : grid.rowNumbers()) {
            if (row > TableHeader.SEARCH_ROWS) {
                break;
            }
            found = TableHeader.match(row, grid.row(row), PARTNER, STREAM);
            if (found.isPresent()) {
                break;
            }
        }
        if (found.isEmpty()) {
            issues.add(Rule.TPL_FIELD_MISSING, sheet, "", Places.of(sheet, "")
                    + ": no header row with \"Partner\" and \"Funding stream\" in the first " + TableHeader.SEARCH_ROWS
                    + " rows; keep the template's header row above the budget lines");
            return List.of();
        }
        TableHeader header = found.get();
        Map<String, Integer> columns = new HashMap<>();
        for (String name : COLUMNS) {
            Optional<Integer> column = header.column(name);
            if (column.isEmpty()) {
                issues.add(Rule.TPL_FIELD_MISSING, sheet, CellAddress.a1(header.row(), 0), Places.of(sheet,
                        CellAddress.a1(header.row(), 0)) + ": the header row " + header.row() + " has no column \""
                        + name + (MONEY.contains(name) ? " (£)" : "") + "\"; add it to the header row");
            } else {
                columns.put(name, column.get());
            }
        }
        if (columns.size() < COLUMNS.size()) {
            return List.of();
        }

        List<FundingLine> lines = new ArrayList<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Boolean> sumComplete = new HashMap<>();
        MONEY.forEach(m -> {
            sums.put(m, BigDecimal.ZERO);
            sumComplete.put(m, true);
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
            Map<String, Cell> values = new HashMap<>();
            for (String name : COLUMNS) {
                grid.cell(row, columns.get(name)).filter(c -> !c.isBlank()).ifPresent(c -> values.put(name, c));
            }
            if (values.isEmpty()) {
                continue;
            }
            lastLineRow = row;
            dataRows++;
            FundingLine line = line(sheet, row, columns, values, issues);
            for (String m : MONEY) {
                BigDecimal amount = line == null ? money(values.get(m)) : amountOf(line, m);
                if (amount == null) {
                    sumComplete.put(m, false);
                } else {
                    sums.merge(m, amount, BigDecimal::add);
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
            for (String m : MONEY) {
                checkTotal(grid, totalRow, columns.get(m), m, sums.get(m), sumComplete.get(m), issues);
            }
        }
        return lines;
    }

    private static FundingLine line(String sheet, int row, Map<String, Integer> columns, Map<String, Cell> values,
            Issues issues) {
        boolean ok = true;
        for (String name : COLUMNS) {
            Cell cell = values.get(name);
            if (cell == null) {
                issues.at(Rule.FUND_REQUIRED, sheet, CellAddress.a1(row, columns.get(name)),
                        "\"" + name + "\" is blank on this budget line; fill it in");
                ok = false;
            } else if (cell.kind() == Cell.Kind.FORMULA_ERROR) {
                issues.at(Rule.CELL_FORMULA, cell, "the formula has no usable value (" + cell.text() + "); type the value in instead");
                ok = false;
            }
        }
        String partner = code(values.get(PARTNER), CodeList.PARTNERS, "partner", issues);
        String source = code(values.get(SOURCE), CodeList.SOURCES, "source", issues);
        String arrangement = code(values.get(ARRANGEMENT), CodeList.ARRANGEMENTS, "arrangement", issues);
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

    private static void lineWarnings(String sheet, FundingLine line, Map<String, Integer> columns, Issues issues) {
        boolean central = CodeList.isCentralPartner(line.partner());
        if (central && line.source().equals("Local") || !central && line.source().equals("Central")) {
            issues.warningAt(Rule.FUND_SOURCE, sheet, CellAddress.a1(line.row(), columns.get(SOURCE)),
                    "\"" + line.partner() + "\" is a " + (central ? "central" : "local") + " partner but the source is \""
                            + line.source() + "\"; use \"" + (central ? "Central" : "Local") + "\"");
        }
        if (line.received().compareTo(line.committed()) > 0) {
            issues.warningAt(Rule.FUND_RECEIVED_GT_COMMITTED, sheet, CellAddress.a1(line.row(), columns.get(RECEIVED)),
                    "received to date " + Money.pounds(line.received()) + " is more than committed this year "
                            + Money.pounds(line.committed()) + "; check both, or explain it on the Explanations sheet");
        }
        if (line.arrangement().equals("Pooled") && line.spent().compareTo(line.received()) > 0) {
            issues.warningAt(Rule.FUND_SPENT_GT_RECEIVED, sheet, CellAddress.a1(line.row(), columns.get(SPENT)),
                    "spent to date " + Money.pounds(line.spent()) + " is more than received to date " + Money.pounds(line.received())
                            + " on a pooled budget; check both, or explain it on the Explanations sheet");
        }
    }

    private static void checkTotal(Grid grid, int row, int column, String name, BigDecimal sum, boolean complete,
            Issues issues) {
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
            issues.at(Rule.FUND_TOTAL, cell.get(), "the Total of \"" + name + "\" is " + Money.pounds(total.get())
                    + " but the lines add up to " + Money.pounds(sum) + "; correct the total or the lines");
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

    private static BigDecimal amountOf(FundingLine line, String column) {
        return switch (column) {
            case COMMITTED -> line.committed();
            case RECEIVED -> line.received();
            default -> line.spent();
        };
    }
}
