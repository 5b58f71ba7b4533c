package org.stocktake.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;
import org.stocktake.workbook.Cell;

/**
 * Collects every issue of one return. A rule that fires on more than {@value #LISTED_PER_RULE} cells (a
 * million-row sheet with a wrong date format) lists the first ones and then one line with the count, so
 * that feedback stays readable and memory stays bounded.
 */
final class Issues {

    static final int LISTED_PER_RULE = 200;

    private final List<Issue> listed = new ArrayList<>();
    private final Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    private final Map<Rule, String> sheets = new EnumMap<>(Rule.class);
    private final Map<Rule, Severity> severities = new EnumMap<>(Rule.class);

    void add(Issue issue) {
        int count = counts.merge(issue.rule(), 1, Integer::sum);
        if (count <= LISTED_PER_RULE) {
            listed.add(issue);
        } else {
            sheets.putIfAbsent(issue.rule(), issue.sheet());
            severities.putIfAbsent(issue.rule(), issue.severity());
        }
    }

    void add(Rule rule, String sheet, String cell, String message) {
        add(Issue.of(rule, sheet, cell, message));
    }

    /** An issue at a cell; the message is prefixed with the cell's place, as officers read it. */
    void at(Rule rule, Cell cell, String message) {
        at(rule, cell.sheet(), cell.ref(), message);
    }

    void at(Rule rule, String sheet, String ref, String message) {
        add(Issue.of(rule, sheet, ref, Places.of(sheet, ref) + ": " + message));
    }

    void warningAt(Rule rule, String sheet, String ref, String message) {
        add(Issue.warning(rule, sheet, ref, Places.of(sheet, ref) + ": " + message));
    }

    /** Everything collected, with one closing line per rule that had more than could be listed. */
    List<Issue> all() {
        List<Issue> all = new ArrayList<>(listed);
        counts.forEach((rule, count) -> {
            if (count > LISTED_PER_RULE) {
                all.add(new Issue(rule, severities.get(rule), sheets.get(rule), "",
                        String.format("%s: %,d more cells break rule %s in the same way; only the first %d are listed",
                                sheets.get(rule), count - LISTED_PER_RULE, rule.id(), LISTED_PER_RULE), ""));
            }
        });
        return all;
    }
}
