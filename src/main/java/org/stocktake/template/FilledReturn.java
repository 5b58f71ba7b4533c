package org.stocktake.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/**
 * What a template holds: the register's values on its Cover and what an officer typed into it. Values are
 * written as cells hold them: a {@code String} as text, a {@code Number} (a {@code BigDecimal} for money) as a
 * number, a {@code LocalDate} as a date; null leaves a cell blank. A value of another kind than its label or
 * column expects (text in a money column) is written as it is: that is what officers do.
 */
public final class FilledReturn {

    /** The template's own Funding table: header on row 3, room for 30 budget lines, then the Total row. */
    static final int FUNDING_HEADER_ROW = 3;
    static final int FUNDING_LINES = 30;

    private final String areaName;
    private final Period period;
    private final Map<Field, Object> cover = new HashMap<>();
    private final Map<Field, Object> families = new HashMap<>();
    private final List<List<Object>> fundingLines = new ArrayList<>();
    private final List<List<Object>> records = new ArrayList<>();
    private final Map<String, String> explanations = new LinkedHashMap<>();
    private int fundingHeaderRow = FUNDING_HEADER_ROW;
    private int fundingRows = FUNDING_LINES;

    private FilledReturn(String areaName, Period period) {
        this.areaName = areaName;
        this.period = period;
    }

    /** The template of an area for a period as the central team sends it: the Cover pre-filled from the register. */
    public static FilledReturn of(RegisterEntry entry, Period period) {
        FilledReturn template = new FilledReturn(entry.areaName(), period);
        template.cover.put(CoverLabels.TEMPLATE_VERSION, ReturnLayout.TEMPLATE_VERSION);
        template.cover.put(CoverLabels.AREA_CODE, entry.areaCode());
        template.cover.put(CoverLabels.AREA_NAME, entry.areaName());
        template.cover.put(CoverLabels.PERIOD, period.toString());
        template.cover.put(CoverLabels.STRAND, entry.strand());
        return template;
    }

    /** Types a Cover value (or overwrites a pre-filled one). */
    public FilledReturn cover(Field field, Object value) {
        requireIn(CoverLabels.ALL, field);
        cover.put(field, value);
        return this;
    }

    public FilledReturn families(Field field, Object value) {
        requireIn(ReturnLayout.FamiliesLabels.ALL, field);
        families.put(field, value);
        return this;
    }

    /** Adds a budget line: one value per Funding column, in the layout's column order. */
    public FilledReturn fundingLine(Object... values) {
        fundingLines.add(row(FundingColumns.ALL, values));
        return this;
    }

    /** Adds a family record: one value per Family records column, in the layout's column order. */
    public FilledReturn record(Object... values) {
        records.add(row(RecordColumns.ALL, values));
        return this;
    }

    public FilledReturn explanation(String rule, String text) {
        explanations.put(rule, text);
        return this;
    }

    /**
     * Moves the Funding header to another sheet row (1-based) and gives the table room for exactly {@code lines}
     * budget lines, the Total row straight after them: a table an officer has added a note above and taken the
     * spare rows out of, which the standard reads like the template's own (§3.2).
     */
    public FilledReturn fundingTable(int headerRow, int lines) {
        if (headerRow < 1 || headerRow > ReturnLayout.HEADER_ROWS || lines < 1) {
            throw new IllegalArgumentException("the Funding header must be on rows 1 to " + ReturnLayout.HEADER_ROWS
                    + " and the table have room for at least one line");
        }
        fundingHeaderRow = headerRow;
        fundingRows = lines;
        return this;
    }

    String areaName() {
        return areaName;
    }

    Period period() {
        return period;
    }

    Object cover(Field field) {
        return cover.get(field);
    }

    Object families(Field field) {
        return families.get(field);
    }

    List<List<Object>> fundingLines() {
        return Collections.unmodifiableList(fundingLines);
    }

    List<List<Object>> records() {
        return Collections.unmodifiableList(records);
    }

    Map<String, String> explanations() {
        return Collections.unmodifiableMap(explanations);
    }

    int fundingHeaderRow() {
        return fundingHeaderRow;
    }

    int fundingRows() {
        return Math.max(fundingRows, fundingLines.size());
    }

    private static List<Object> row(List<Column> columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, one per column "
                    + ReturnLayout.headers(columns) + ", not " + values.length);
        }
        return Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(values)));
    }

    private static void requireIn(List<Field> fields, Field field) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("\"" + field.label() + "\" is not a label of this sheet");
        }
    }
}
