package org.stocktake.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.standard.Rule;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.RowHandler;

/**
 * Checks the Family records sheet row by row while it streams (standard §3.3, rules REC-*), counts what the
 * aggregates must agree with, and passes each valid record on to the sink.
 */
final class FamilyRecordRules implements RowHandler {

    private final String sheet;
    private final Period period;
    private final LocalDate periodEnd;
    private final Issues issues;
    private final FamilyRecordSink sink;
    private final ReferenceSet references = new ReferenceSet();
    private final RecordCounts counts;

    private RecordHeader header;
    private boolean headerMissing;

    FamilyRecordRules(String sheet, Period period, Issues issues, FamilyRecordSink sink) {
        this.sheet = sheet;
        this.period = period;
        this.issues = issues;
        this.sink = sink;
        this.periodEnd = period == null ? null : period.end(); // computed once, not on every row
        this.counts = new RecordCounts(period);
    }

    @Override
    public boolean row(int row, List<Cell> cells) {
        if (header == null) {
            return findHeader(row, cells);
        }
        if (TableHeader.isTotalRow(cells)) {
            return false;
        }
        if (allBlank(cells)) {
            return true;
        }
        checkRecord(row, cells);
        return true;
    }

    private static boolean allBlank(List<Cell> cells) {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean findHeader(int row, List<Cell> cells) {
        if (row > ReturnLayout.HEADER_ROWS) {
            headerMissing = true;
            return false;
        }
        header = RecordHeader.match(row, cells).orElse(null);
        return true;
    }

    /** Called once the stream has ended. */
    void finish() {
        if (header == null) {
            headerMissing = true;
        }
        if (headerMissing) {
            issues.add(Rule.REC_HEADER, sheet, "", Places.of(sheet, "") + ": no header row with \""
                    + RecordColumns.REFERENCE.label() + "\" and \"" + RecordColumns.IDENTIFIED.label()
                    + "\" in the first " + ReturnLayout.HEADER_ROWS
                    + " rows; keep the template's header row, or delete the sheet if you send no family records");
        }
    }

    private void checkRecord(int row, List<Cell> cells) {
        Cell ref = null;
        Cell identifiedCell = null;
        Cell startedCell = null;
        Cell closedCell = null;
        Cell outcomeCell = null;
        boolean ok = true;
        RecordHeader columns = header;
        for (Cell cell : cells) {
            int column = cell.column();
            if (cell.isBlank()) {
                continue;
            }
            if (column == columns.reference()) {
                ref = cell;
            } else if (column == columns.identified()) {
                identifiedCell = cell;
            } else if (column == columns.started()) {
                startedCell = cell;
            } else if (column == columns.closed()) {
                closedCell = cell;
            } else if (column == columns.outcome()) {
                outcomeCell = cell;
            } else if (cell.kind() == Cell.Kind.TEXT || columns.isPersonal(column)) {
                Optional<String> kind = columns.isPersonal(column) ? Optional.of("personal details")
                        : PersonalData.inText(cell.text());
                if (kind.isPresent()) {
                    personalData(cell, kind.get());
                    ok = false;
                }
            }
        }

        String reference = checkReference(row, ref);
        ok &= reference != null;
        LocalDate dateIdentified = date(row, identifiedCell, RecordColumns.IDENTIFIED);
        LocalDate dateStarted = date(row, startedCell, RecordColumns.STARTED);
        LocalDate dateClosed = date(row, closedCell, RecordColumns.CLOSED);
        ok &= dateIdentified != null && (startedCell == null || dateStarted != null)
                && (closedCell == null || dateClosed != null);
        counts.count(dateStarted, startedCell != null, outcomeCell != null);

        if (period != null) {
            ok &= notAfterPeriodEnd(dateIdentified, identifiedCell, RecordColumns.IDENTIFIED);
            ok &= notAfterPeriodEnd(dateStarted, startedCell, RecordColumns.STARTED);
        }
        if (dateIdentified != null && dateStarted != null && dateStarted.isBefore(dateIdentified)) {
            issues.at(Rule.REC_DATE, startedCell, "date started " + dateStarted + " is before date identified "
                    + dateIdentified + "; a family is identified before work with it starts");
            ok = false;
        }
        if (dateStarted != null && dateClosed != null && dateClosed.isBefore(dateStarted)) {
            issues.at(Rule.REC_DATE, closedCell, "date closed " + dateClosed + " is before date started " + dateStarted
                    + "; check both dates");
            ok = false;
        }

        String outcomeValue = null;
        if (outcomeCell != null) {
            List<String> outcomes = RecordColumns.OUTCOME.codes();
            Optional<String> match = outcomeCell.kind() == Cell.Kind.TEXT
                    ? CodeList.match(outcomes, outcomeCell.text()) : Optional.empty();
            if (match.isEmpty()) {
                issues.at(Rule.REC_OUTCOME, outcomeCell, CellValues.quote(outcomeCell)
                        + " is not an outcome the standard lists; leave it blank or choose one of "
                        + String.join(", ", outcomes));
                ok = false;
            } else {
                outcomeValue = match.get();
            }
        }
        if (ok) {
            sink.accept(new FamilyRecord(row, reference, dateIdentified, dateStarted, dateClosed, outcomeValue));
        }
    }

    private String checkReference(int row, Cell ref) {
        if (ref == null) {
            issues.at(Rule.REC_REF_FORMAT, sheet, CellAddress.a1(row, header.reference()),
                    "the family reference is empty; every record needs one");
            return null;
        }
        if (ref.kind() == Cell.Kind.FORMULA_ERROR) {
            issues.at(Rule.CELL_FORMULA, ref, "the formula has no usable value (" + ref.text() + "); type the reference in");
            return null;
        }
        String text = ref.kind() == Cell.Kind.TEXT ? ref.text().strip() : ref.text();
        Optional<String> personal = PersonalData.inReference(text);
        if (personal.isPresent()) {
            personalData(ref, personal.get());
            return null;
        }
        if (!wellFormedReference(text)) {
            issues.at(Rule.REC_REF_FORMAT, ref, "the family reference " + (text.length() > 20
                    ? "is " + text.length() + " characters long" : CellValues.quote(ref) + " has characters other than")
                    + (text.length() > 20 ? "; use at most 20 of" : "") + " letters, digits, - and _");
            return null;
        }
        int first = references.addOrFirstRow(text, row);
        if (first != 0) {
            issues.at(Rule.REC_DUPLICATE, ref, "family reference " + CellValues.quote(ref) + " is also on row " + first
                    + "; each family appears once, with its own reference");
            return null;
        }
        return text;
    }

    /**
     * The standard's form of a family reference, {@code [A-Za-z0-9_-]{1,20}}: 1 to 20 ASCII letters, digits, hyphens
     * and underscores. A loop rather than a regex, since it runs on every record of a return.
     */
    static boolean wellFormedReference(String text) {
        if (text.isEmpty() || text.length() > 20) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(int row, Cell cell, Column column) {
        String name = column.label();
        if (cell == null) {
            if (column.required()) {
                issues.at(Rule.REC_DATE, sheet, CellAddress.a1(row, header.identified()),
                        "\"" + name + "\" is missing; enter the date as a date, such as 14/05/2012");
            }
            return null;
        }
        if (cell.kind() == Cell.Kind.FORMULA_ERROR) {
            issues.at(Rule.CELL_FORMULA, cell, "the formula has no usable value (" + cell.text() + "); type the date in");
            return null;
        }
        Optional<LocalDate> date = CellValues.date(cell);
        if (date.isEmpty()) {
            issues.at(Rule.REC_DATE, cell, "\"" + name + "\" " + CellValues.quote(cell)
                    + " is not a date; enter it as a date, such as 14/05/2012");
            return null;
        }
        return date.get();
    }

    private boolean notAfterPeriodEnd(LocalDate date, Cell cell, Column column) {
        if (date != null && date.isAfter(periodEnd)) {
            issues.at(Rule.REC_DATE, cell, "\"" + column.label() + "\" " + date + " is after the end of the period " + period
                    + " (" + periodEnd + "); the return covers events up to its period end");
            return false;
        }
        return true;
    }

    private void personalData(Cell cell, String kind) {
        issues.at(Rule.REC_PERSONAL_DATA, cell, "this cell looks like personal data (" + kind
                + "); the file has been quarantined and none of it stored. Remove all names, addresses, postcodes,"
                + " phone numbers, e-mail addresses and National Insurance numbers, use pseudonymised family"
                + " references only, and submit the return again");
    }

    long records() {
        return counts.records();
    }

    /** REC-COUNTS: the declared aggregates must agree with the records when there is at least one record. */
    void checkCounts(FamiliesRules.Read families) {
        if (!headerMissing) {
            counts.check(families, header.started() >= 0, issues);
        }
    }
}
