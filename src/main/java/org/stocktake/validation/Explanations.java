package org.stocktake.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.Issue;
import org.stocktake.standard.ReturnLayout.ExplanationColumns;
import org.stocktake.workbook.Cell;
import org.stocktake.workbook.Grid;

/**
 * The optional Explanations sheet (standard §3.4): a warning whose rule has a non-blank explanation is still
 * reported, marked explained. Errors cannot be explained away.
 */
final class Explanations {

    private final Map<String, String> byRule;

    private Explanations(Map<String, String> byRule) {
        this.byRule = byRule;
    }

    static Explanations none() {
        return new Explanations(Map.of());
    }

    static Explanations read(Grid grid) {
        Optional<TableHeader> header = TableHeader.find(grid, ExplanationColumns.ALL);
        if (header.isEmpty()) {
            return none();
        }
        int ruleColumn = header.get().column(ExplanationColumns.RULE).orElseThrow();
        int textColumn = header.get().column(ExplanationColumns.EXPLANATION).orElseThrow();
        Map<String, String> byRule = new HashMap<>();
        for (int row : grid.rowNumbers()) {
            if (row <= header.get().row()) {
                continue;
            }
            Optional<String> rule = grid.cell(row, ruleColumn).filter(c -> c.kind() == Cell.Kind.TEXT)
                    .map(c -> c.text().strip().toUpperCase(java.util.Locale.ROOT));
            Optional<String> text = grid.cell(row, textColumn).filter(c -> c.kind() == Cell.Kind.TEXT && !c.isBlank())
                    .map(c -> c.text().strip());
            if (rule.isPresent() && text.isPresent()) {
                byRule.merge(rule.get(), text.get(), (a, b) -> a + " " + b);
            }
        }
        return new Explanations(byRule);
    }

    List<Issue> apply(List<Issue> issues) {
        List<Issue> result = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            String text = issue.isWarning() ? byRule.get(issue.rule().id()) : null;
            result.add(text == null ? issue : issue.explainedBy(text));
        }
        return result;
    }
}
