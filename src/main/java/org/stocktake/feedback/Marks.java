package org.stocktake.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stocktake.standard.Issue;
import org.stocktake.standard.Severity;

/**
 * The issues of one return grouped by the cell they concern: one mark per cell, with the worst severity and
 * every message, so several issues on one cell become one fill and one comment.
 */
final class Marks {

    private static final Pattern A1 = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    private static final Pattern ROW = Pattern.compile("[1-9][0-9]{0,6}");

    /** A cell to annotate: 1-based row, 0-based column, as the reader counts them. */
    record Mark(int row, int column, Severity severity, List<String> lines) {
    }

    /** A place in the copy: a cell, or a whole row given as its number (annotated on column A). */
    record Place(int row, int column) {
    }

    private final Map<String, Map<Place, Mark>> bySheet = new LinkedHashMap<>();

    Marks(List<Issue> issues) {
        for (Issue issue : issues) {
            if (issue.sheet().isEmpty()) {
                continue;
            }
            place(issue.cell()).ifPresent(place -> bySheet
                    .computeIfAbsent(key(issue.sheet()), s -> new LinkedHashMap<>())
                    .merge(place, new Mark(place.row(), place.column(), issue.severity(), List.of(line(issue))),
                            Marks::combine));
        }
    }

    /** The marks of a sheet (matched like the reader matches sheet names), by place. */
    Map<Place, Mark> of(String sheet) {
        return bySheet.getOrDefault(key(sheet), Map.of());
    }

    static Optional<Place> place(String cell) {
        String ref = cell.strip().toUpperCase(Locale.ROOT);
        Matcher m = A1.matcher(ref);
        if (m.matches()) {
            int column = 0;
            for (char c : m.group(1).toCharArray()) {
                column = column * 26 + (c - 'A' + 1);
            }
            return Optional.of(new Place(Integer.parseInt(m.group(2)), column - 1));
        }
        if (ROW.matcher(ref).matches()) {
            return Optional.of(new Place(Integer.parseInt(ref), 0));
        }
        return Optional.empty();
    }

    static String key(String sheet) {
        return sheet.strip().toLowerCase(Locale.ROOT);
    }

    static String line(Issue issue) {
        return severityName(issue.severity()).toUpperCase(Locale.ROOT) + " " + issue.rule().id() + ": "
                + issue.message() + (issue.explained() ? " (explained: " + issue.explanation() + ")" : "");
    }

    static String severityName(Severity severity) {
        return switch (severity) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }

    private static Mark combine(Mark a, Mark b) {
        List<String> lines = new ArrayList<>(a.lines());
        lines.addAll(b.lines());
        Severity worst = a.severity().ordinal() <= b.severity().ordinal() ? a.severity() : b.severity();
        return new Mark(a.row(), a.column(), worst, lines);
    }
}
