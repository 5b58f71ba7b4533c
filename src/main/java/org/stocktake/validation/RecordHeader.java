package org.stocktake.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.workbook.Cell;

/**
 * Where the columns of the Family records table are (standard §3.3), as its header row says: 0-based columns,
 * -1 for an optional column the sheet does not have, and the columns officers added for personal details (such
 * as {@code Surname}), every value of which is personal data.
 */
record RecordHeader(int reference, int identified, int started, int closed, int outcome,
        Set<Integer> personalColumns) {

    /** The header, if this row is one. */
    static Optional<RecordHeader> match(int row, List<Cell> cells) {
        return TableHeader.match(row, cells, RecordColumns.ALL).map(header -> {
            Set<Integer> personal = new HashSet<>();
            for (Cell cell : cells) {
                if (cell.kind() == Cell.Kind.TEXT && PersonalData.isPersonalHeader(cell.text())) {
                    personal.add(cell.column());
                }
            }
            return new RecordHeader(header.column(RecordColumns.REFERENCE).orElse(-1),
                    header.column(RecordColumns.IDENTIFIED).orElse(-1), header.column(RecordColumns.STARTED).orElse(-1),
                    header.column(RecordColumns.CLOSED).orElse(-1), header.column(RecordColumns.OUTCOME).orElse(-1),
                    Set.copyOf(personal));
        });
    }

    boolean isPersonal(int column) {
        return personalColumns.contains(column);
    }
}
