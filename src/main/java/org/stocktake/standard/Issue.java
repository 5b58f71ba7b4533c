package org.stocktake.standard;

/**
 * One problem found in a return: the rule, where it is (sheet and A1 cell, or a row such as {@code 14}, or
 * blank when the issue concerns the whole file) and a message for the officer who filled in the workbook.
 * A warning may be explained by the return's own Explanations sheet; it is still reported.
 */
public record Issue(Rule rule, Severity severity, String sheet, String cell, String message, String explanation) {

    public Issue {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
        explanation = explanation == null ? "" : explanation;
    }

    public static Issue of(Rule rule, String sheet, String cell, String message) {
        return new Issue(rule, rule.severity(), sheet, cell, message, "");
    }

    public static Issue warning(Rule rule, String sheet, String cell, String message) {
        return new Issue(rule, Severity.WARNING, sheet, cell, message, "");
    }

    /** A file-level issue: no sheet, no cell. */
    public static Issue ofFile(Rule rule, String message) {
        return of(rule, "", "", message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean explained() {
        return !explanation.isBlank();
    }

    public Issue explainedBy(String text) {
        return new Issue(rule, severity, sheet, cell, message, text);
    }

    /** {@code Funding!F14}, {@code Cover}, or empty. */
    public String location() {
        if (sheet.isEmpty()) {
            return cell;
        }
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }
}
