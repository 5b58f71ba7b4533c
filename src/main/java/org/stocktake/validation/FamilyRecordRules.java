package org.stocktake.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.CellAddress;
import org.stocktake.workbook.RowHandler;

/**
 * Checks the Family records sheet row by row while it streams (standard §3.3, rules REC-*), counts what the
 * aggregates must agree with, and passes each valid record on to the sink.
 */
final class FamilyRecordRules implements RowHandler {

    static final String REFERENCE = "Family reference";
    static final String IDENTIFIED = "Date identified";
    static final String STARTED = "Date started";
    static final String CLOSED = "Date closed";
    static final String OUTCOME = "Outcome";
    private static final Pattern REFERENCE_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private final String sheet;
    private final Period period;
    private final LocalDate periodEnd;
    private final Issues issues;
    private final FamilyRecordSink sink;
    private final ReferenceSet references = new ReferenceSet();

    private TableHeader header;
    private int reference = -1;
    private int identified = -1;
    private int started = -1;
    private int closed = -1;
    private int outcome = -1;
    private final Set<Integer> personalColumns = new HashSet<>();
    private boolean headerMissing;

    private long records;
    private long withStart;
    private long startedInPeriod;
    private long withOutcome;

    FamilyRecordRules(String sheet, Period period, Issues issues, FamilyRecordSink sink) {
        this.sheet = sheet;
        this.period = period;
        this.issues = issues;
        this.sink = sink;
        this.periodEnd = period == null ? null : period.end(); // computed once, not on every row
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
        records++;
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
        if (row > TableHeader.SEARCH_ROWS) {
            headerMissing = true;
            return false;
        }
        Optional<TableHeader> found = TableHeader.match(row, cells, REFERENCE, IDENTIFIED);
        if (found.isPresent()) {
            header = found.get();
            reference = header.column(REFERENCE).orElse(-1);
            identified = header.column(IDENTIFIED).orElse(-1);
            started = header.column(STARTED).orElse(-1);
            closed = header.column(CLOSED).orElse(-1);
            outcome = header.column(OUTCOME).orElse(-1);
            for (Cell cell : cells) {
                if (cell.kind() == Cell.Kind.TEXT && PersonalData.isPersonalHeader(cell.text())) {
                    personalColumns.add(cell.column());
                }
            }
        }
        return true;
    }

    /** Called once the stream has ended. */
    void finish() {
        if (header == null) {
            headerMissing = true;
        }
        if (headerMissing) {
            issues.add(Rule.REC_HEADER, sheet, "", Places.of(sheet, "") + ": no header row with \"" + REFERENCE
                    + "\" and \"" + IDENTIFIED + "\" in the first " + TableHeader.SEARCH_ROWS
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
        for (Cell cell : cells) {
            int column = cell.column();
            if (cell.isBlank()) {
                continue;
            }
            if (column == reference) {
                ref = cell;
            } else if (column == identified) {
                identifiedCell = cell;
            } else if (column == started) {
                startedCell = cell;
            } else if (column == closed) {
                closedCell = cell;
            } else if (column == outcome) {
                outcomeCell = cell;
            } else if (cell.kind() == Cell.Kind.TEXT || personalColumns.contains(column)) {
                Optional<String> kind = personalColumns.contains(column) ? Optional.of("personal details")
                        : PersonalData.inText(cell.text());
                if (kind.isPresent()) {
                    personalData(cell, kind.get());
                    ok = false;
                }
            }
        }

        String reference = checkReference(row, ref);
        ok &= reference != null;
        LocalDate dateIdentified = date(row, identifiedCell, IDENTIFIED, true);
        LocalDate dateStarted = date(row, startedCell, STARTED, false);
        LocalDate dateClosed = date(row, closedCell, CLOSED, false);
        ok &= dateIdentified != null && (startedCell == null || dateStarted != null)
                && (closedCell == null || dateClosed != null);

        if (dateStarted != null) {
            withStart++;
            if (period != null && period.contains(dateStarted)) {
                startedInPeriod++;
            }
        } else if (startedCell != null) {
            withStart++; // a start was entered, if unreadably: it counts as helped
        }
        if (outcomeCell != null) {
            withOutcome++;
        }

        if (period != null) {
            ok &= notAfterPeriodEnd(dateIdentified, identifiedCell, IDENTIFIED);
            ok &= notAfterPeriodEnd(dateStarted, startedCell, STARTED);
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
            Optional<String> match = outcomeCell.kind() == Cell.Kind.TEXT
                    ? CodeList.match(CodeList.OUTCOMES, outcomeCell.text()) : Optional.empty();
            if (match.isEmpty()) {
                issues.at(Rule.REC_OUTCOME, outcomeCell, CellValues.quote(outcomeCell)
                        + " is not an outcome the standard lists; leave it blank or choose one of "
                        + String.join(", ", CodeList.OUTCOMES));
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
            issues.at(Rule.REC_REF_FORMAT, sheet, CellAddress.a1(row, reference), "the family reference is empty; every record needs one");
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
        if (!REFERENCE_FORMAT.matcher(text).matches()) {
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

    private LocalDate date(int row, Cell cell, String name, boolean required) {
        if (cell == null) {
            if (required) {
                issues.at(Rule.REC_DATE, sheet, CellAddress.a1(row, identified),
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

    private boolean notAfterPeriodEnd(LocalDate date, Cell cell, String name) {
        if (date != null && date.isAfter(periodEnd)) {
            issues.at(Rule.REC_DATE, cell, "\"" + name + "\" " + date + " is after the end of the period " + period
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

    boolean hasRecords() {
        return records > 0;
    }

    long records() {
        return records;
    }

    /** REC-COUNTS: the declared aggregates must agree with the records when there is at least one record. */
    void checkCounts(FamiliesRules.Read families) {
        if (records == 0 || headerMissing) {
            return;
        }
        compare(families, FamiliesRules.Measure.IDENTIFIED, records, "records");
        compare(families, FamiliesRules.Measure.HELPED, withStart, "records with a Date started");
        if (period != null && started >= 0) {
            compare(families, FamiliesRules.Measure.STARTED, startedInPeriod,
                    "records whose Date started falls in " + period);
        } else if (period != null) {
            compare(families, FamiliesRules.Measure.STARTED, 0, "records whose Date started falls in " + period);
        }
        compare(families, FamiliesRules.Measure.OUTCOMES, withOutcome, "records with an Outcome");
    }

    private void compare(FamiliesRules.Read families, FamiliesRules.Measure measure, long counted, String what) {
        Long declared = families.values().get(measure);
        if (declared != null && declared != counted) {
            issues.at(Rule.REC_COUNTS, families.sheet(), families.refs().get(measure), String.format(java.util.Locale.UK,
                    "%s is declared as %,d but the Family records sheet has %,d %s; make the figure and the records agree",
                    measure.key, declared, counted, what));
        }
    }
}
