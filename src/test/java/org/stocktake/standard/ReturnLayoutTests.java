package org.stocktake.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.ExplanationColumns;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;
import org.stocktake.testing.SharedFiles;

/**
 * The layout is the standard's §3, read from the standard itself ({@code shared/spec/RETURN-STANDARD.md}): its
 * sheets, its label tables (label, key, required) and column tables (column, required) in order, its code lists.
 */
class ReturnLayoutTests {

    private static String section3;

    @BeforeAll
    static void readTheStandard() throws Exception {
        String standard = Files.readString(SharedFiles.shared().resolve("spec/RETURN-STANDARD.md"),
                StandardCharsets.UTF_8);
        section3 = standard.substring(standard.indexOf("\n## 3."), standard.indexOf("\n## 4."));
    }

    @Test
    void sheetsAreTheStandardsWithTheirRequiredFlags() {
        assertThat(ticked(subsection("3.1").lines().findFirst().orElseThrow()))
                .containsExactly(ReturnLayout.COVER, ReturnLayout.FAMILIES);
        assertThat(ticked(subsection("3.2").lines().findFirst().orElseThrow())).containsExactly(ReturnLayout.FUNDING);
        assertThat(ticked(subsection("3.3").lines().findFirst().orElseThrow()))
                .containsExactly(ReturnLayout.FAMILY_RECORDS);
        assertThat(ticked(subsection("3.4").lines().findFirst().orElseThrow()))
                .containsExactly(ReturnLayout.EXPLANATIONS);
        assertThat(ReturnLayout.REQUIRED_SHEETS).containsExactly("Cover", "Families", "Funding");
        assertThat(subsection("3.1")).contains("first " + ReturnLayout.LABEL_ROWS + " rows");
        assertThat(subsection("3.2")).contains("(within the first " + ReturnLayout.HEADER_ROWS + ")")
                .contains("reads\n`" + ReturnLayout.TOTAL + "`");
    }

    @Test
    void coverAndFamiliesLabelsAreTheStandardsInOrder() {
        List<List<String[]>> tables = tables(subsection("3.1"));
        assertThat(tables).hasSize(2);
        assertThat(fieldRows(CoverLabels.ALL)).isEqualTo(summary(tables.get(0)));
        assertThat(fieldRows(FamiliesLabels.ALL)).isEqualTo(summary(tables.get(1)));
        assertThat(CoverLabels.STRAND.codes()).isEqualTo(ticked(type(tables.get(0), CoverLabels.STRAND.label())));
    }

    @Test
    void tableColumnsAreTheStandardsInOrderWithTheirCodeLists() {
        List<String[]> funding = tables(subsection("3.2")).get(0);
        assertThat(columnRows(FundingColumns.ALL)).isEqualTo(summary(funding));
        for (Column code : List.of(FundingColumns.PARTNER, FundingColumns.SOURCE, FundingColumns.ARRANGEMENT)) {
            assertThat(code.codes()).as(code.label()).isEqualTo(ticked(type(funding, code.header())));
        }
        assertThat(subsection("3.2")).contains("cells reading\n`" + FundingColumns.PARTNER.label() + "` and `"
                + FundingColumns.STREAM.label() + "`");
        assertThat(FundingColumns.MONEY).extracting(Column::header)
                .containsExactly("Committed this year (£)", "Received to date (£)", "Spent to date (£)");

        List<String[]> records = tables(subsection("3.3")).get(0);
        assertThat(columnRows(RecordColumns.ALL)).isEqualTo(summary(records));
        assertThat(RecordColumns.OUTCOME.codes()).isEqualTo(ticked(type(records, RecordColumns.OUTCOME.label())));
        assertThat(subsection("3.3")).contains("located by the cells `" + RecordColumns.REFERENCE.label() + "` and `"
                + RecordColumns.IDENTIFIED.label() + "`");

        String explanations = subsection("3.4").lines().filter(l -> l.contains("header cells")).findFirst()
                .orElseThrow();
        assertThat(ticked(explanations)).containsExactly(ExplanationColumns.RULE.label(),
                ExplanationColumns.EXPLANATION.label());
    }

    /** {@code label | key | required} as the §3.1 tables give them. */
    private static List<String> fieldRows(List<Field> fields) {
        return fields.stream().map(f -> f.label() + " | " + f.key() + " | " + (f.required() ? "yes" : "no")).toList();
    }

    /** {@code column | required} as the §3.2 and §3.3 tables give them. */
    private static List<String> columnRows(List<Column> columns) {
        return columns.stream().map(c -> c.header() + " | " + (c.required() ? "yes" : "no")).toList();
    }

    private static String subsection(String number) {
        int from = section3.indexOf("\n### " + number);
        int to = section3.indexOf("\n### ", from + 1);
        return section3.substring(from + 1, to < 0 ? section3.length() : to);
    }

    /** The Markdown tables of a text: their data rows, each as its cells. */
    private static List<List<String[]>> tables(String text) {
        List<List<String[]>> tables = new ArrayList<>();
        List<String[]> current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("|")) {
                current = null;
            } else if (current == null) {
                current = new ArrayList<>(); // the header row
                tables.add(current);
            } else if (!line.startsWith("| ---")) {
                current.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new));
            }
        }
        return tables;
    }

    /** Each row as its first cell, its key (a §3.1 table has one) and its last cell, the required flag. */
    private static List<String> summary(List<String[]> table) {
        return table.stream().map(cells -> cells[0] + (cells.length == 4 ? " | " + cells[1] : "") + " | "
                + cells[cells.length - 1]).toList();
    }

    /** The type cell of the row for a label or column. */
    private static String type(List<String[]> table, String first) {
        String[] cells = table.stream().filter(c -> c[0].equals(first)).findFirst().orElseThrow();
        return cells[cells.length - 2];
    }

    /** The {@code `quoted`} values of a text, in order. */
    private static List<String> ticked(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
