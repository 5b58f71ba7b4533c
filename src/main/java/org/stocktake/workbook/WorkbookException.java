package org.stocktake.workbook;

import org.stocktake.standard.Rule;

/**
 * A workbook that cannot be read as a return: the rule that applies ({@code FILE-UNREADABLE},
 * {@code FILE-ENCRYPTED}, {@code FILE-FORMAT}, {@code FILE-TOO-LARGE}) and a message for a person, never a
 * stack trace. Sheet and cell are given where the problem has a place.
 */
public final class WorkbookException extends Exception {

    private final Rule rule;
    private final String sheet;
    private final String cell;

    public WorkbookException(Rule rule, String message) {
        this(rule, "", "", message, null);
    }

    public WorkbookException(Rule rule, String sheet, String cell, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.sheet = sheet == null ? "" : sheet;
        this.cell = cell == null ? "" : cell;
    }

    public Rule rule() {
        return rule;
    }

    public String sheet() {
        return sheet;
    }

    public String cell() {
        return cell;
    }
}
