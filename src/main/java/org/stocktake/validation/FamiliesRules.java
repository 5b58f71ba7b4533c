package org.stocktake.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.Rule;
import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;

/** Reads and checks the Families sheet (standard §3.1, rules FAM-*). */
final class FamiliesRules {

    /** The figures read, and the cell each came from (for REC-COUNTS); figures are null where unreadable. */
    record Read(Map<Field, Long> values, Map<Field, String> refs, String sheet) {

        Families families() {
            for (Field f : FamiliesLabels.ALL) {
                if (f.required() && values.get(f) == null) {
                    return null;
                }
            }
            return new Families(values.get(FamiliesLabels.IDENTIFIED), values.get(FamiliesLabels.STARTED),
                    values.get(FamiliesLabels.HELPED), values.get(FamiliesLabels.OUTCOMES),
                    values.get(FamiliesLabels.PLANNED));
        }
    }

    Read read(LabelSheet sheet, Issues issues) {
        Map<Field, Long> values = new HashMap<>();
        Map<Field, String> refs = new HashMap<>();
        for (Field m : FamiliesLabels.ALL) {
            Optional<Integer> row = sheet.rowOf(m);
            if (row.isEmpty()) {
                if (m.required()) {
                    issues.add(LabelSheet.missing(sheet.sheet(), m));
                }
                continue;
            }
            String ref = sheet.valueRef(row.get());
            refs.put(m, ref);
            Optional<Cell> cell = sheet.valueOn(row.get());
            if (cell.isEmpty()) {
                if (m.required()) {
                    issues.at(Rule.FAM_NUMBER, sheet.sheet(), ref, "\"" + m.label()
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
                issues.at(Rule.FAM_NUMBER, c, "\"" + m.label() + "\" is " + CellValues.quote(c)
                        + ", not a whole number of families; enter a whole number of 0 or more, such as 120");
                continue;
            }
            values.put(m, number.get().longValueExact());
        }
        compare(values, refs, sheet.sheet(), FamiliesLabels.HELPED, FamiliesLabels.IDENTIFIED,
                Rule.FAM_HELPED_GT_IDENTIFIED, issues);
        compare(values, refs, sheet.sheet(), FamiliesLabels.STARTED, FamiliesLabels.HELPED,
                Rule.FAM_STARTED_GT_HELPED, issues);
        compare(values, refs, sheet.sheet(), FamiliesLabels.OUTCOMES, FamiliesLabels.HELPED,
                Rule.FAM_OUTCOMES_GT_HELPED, issues);
        return new Read(values, refs, sheet.sheet());
    }

    private static void compare(Map<Field, Long> values, Map<Field, String> refs, String sheet, Field part,
            Field whole, Rule rule, Issues issues) {
        Long p = values.get(part);
        Long w = values.get(whole);
        if (p != null && w != null && p > w) {
            issues.at(rule, sheet, refs.get(part), String.format(Locale.UK,
                    "\"%s\" (%,d) is more than \"%s\" (%,d); it cannot be, so check both figures",
                    part.label(), p, whole.label(), w));
        }
    }
}
