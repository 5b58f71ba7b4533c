package org.stocktake.validation;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.Grid;

/**
 * Where a Funding sheet holds money, found as the validation finds its table (standard §3.2): the cells below the
 * header row in the money columns. The feedback copy formats them as money.
 *
 * @param headerRow the header's sheet row (1-based)
 * @param columns   the money columns found in the header (0-based)
 */
public record MoneyColumns(int headerRow, Set<Integer> columns) {

    public MoneyColumns {
        columns = Set.copyOf(columns);
    }

    /** The money columns of a Funding sheet; empty when it has no header row. */
    public static Optional<MoneyColumns> of(Grid funding) {
        return TableHeader.find(funding, FundingColumns.ALL).map(header -> new MoneyColumns(header.row(),
                FundingColumns.MONEY.stream().map(header::column).flatMap(Optional::stream)
                        .collect(Collectors.toSet())));
    }

    public boolean holds(Cell cell) {
        return cell.row() > headerRow && columns.contains(cell.column());
    }
}
