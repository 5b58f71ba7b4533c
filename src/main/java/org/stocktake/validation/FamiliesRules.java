package org.stocktake.validation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.Rule;
import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;

/** Reads and checks the Families sheet (standard §3.1, rules FAM-*). */
final class FamiliesRules {

    enum Measure {
        IDENTIFIED("Families identified", "families_identified", true),
        STARTED("Families started this quarter", "families_started", true),
        HELPED("Families helped to date", "families_helped", true),
        OUTCOMES("Families with outcomes achieved to date", "families_outcomes", true),
        PLANNED("Families planned this year", "families_planned", false);

        final String label;
        final String key;
        final boolean required;

        Measure(String label, String key, boolean required) {
            this.label = label;
            this.key = key;
            this.required = required;
        }
    }

    /** The figures read, and the cell each came from (for REC-COUNTS); figures are null where unreadable. */
    record Read(Map<Measure, Long> values, Map<Measure, String> refs, String sheet) {

        Families families() {
            for (Measure m : Measure.values()) {
                if (m.required && values.get(m) == null) {
                    return null;
                }
            }
            return new Families(values.get(Measure.IDENTIFIED), values.get(Measure.STARTED),
                    values.get(Measure.HELPED), values.get(Measure.OUTCOMES), values.get(Measure.PLANNED));
        }
    }

    Read read(LabelSheet sheet, Issues issues) {
        Map<Measure, Long> values = new EnumMap<>(Measure.class);
        Map<Measure, String> refs = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            Optional<Integer> row = sheet.rowOf(m.label);
            if (row.isEmpty()) {
                if (m.required) {
                    issues.add(Rule.TPL_FIELD_MISSING, sheet.sheet(), "", Places.of(sheet.sheet(), "")
                            + ": the label \"" + m.label + "\" was not found in column A (rows 1 to "
                            + LabelSheet.LABEL_ROWS + "); add it, with its value in column B");
                }
                continue;
            }
            String ref = sheet.valueRef(row.get());
            refs.put(m, ref);
            Optional<Cell> cell = sheet.valueOn(row.get());
            if (cell.isEmpty()) {
                if (m.required) {
                    issues.at(Rule.FAM_NUMBER, sheet.sheet(), ref, "\"" + m.label
                            + "\" is blank; enter a whole number, 0 if there are none");
                }
                continue;
            }
            Cell c = cell.get();
            if (c.kind() == Cell.Kind.FORMULA_ERROR) {
                issues.at(Rule.CELL_FORMULA, c, "the formula has no usable value (" + c.text() + "); type the number in instead");
                continue;
            }
            Optional<BigDecimal> number = CellValues.number(c).filter(TextValues::isCount);
            if (number.isEmpty() || number.get().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                issues.at(Rule.FAM_NUMBER, c, "\"" + m.label + "\" is " + CellValues.quote(c)
                        + ", not a whole number of families; enter a whole number of 0 or more, such as 120");
                continue;
            }
            values.put(m, number.get().longValueExact());
        }
        compare(values, refs, sheet.sheet(), Measure.HELPED, Measure.IDENTIFIED, Rule.FAM_HELPED_GT_IDENTIFIED, issues);
        compare(values, refs, sheet.sheet(), Measure.STARTED, Measure.HELPED, Rule.FAM_STARTED_GT_HELPED, issues);
        compare(values, refs, sheet.sheet(), Measure.OUTCOMES, Measure.HELPED, Rule.FAM_OUTCOMES_GT_HELPED, issues);
        return new Read(values, refs, sheet.sheet());
    }

    private static void compare(Map<Measure, Long> values, Map<Measure, String> refs, String sheet, Measure part,
            Measure whole, Rule rule, Issues issues) {
        Long p = values.get(part);
        Long w = values.get(whole);
        if (p != null && w != null && p > w) {
            issues.at(rule, sheet, refs.get(part), String.format(Locale.UK,
                    "\"%s\" (%,d) is more than \"%s\" (%,d); it cannot be, so check both figures",
                    part.label, p, whole.label, w));
        }
    }
}
