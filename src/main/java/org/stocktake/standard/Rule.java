package org.stocktake.standard;

import static org.stocktake.standard.Severity.ERROR;
import static org.stocktake.standard.Severity.INFO;
import static org.stocktake.standard.Severity.WARNING;

/**
 * The rule identifiers of the data standard (§4 validation, §6 reconciliation). Their ids appear in every
 * feedback and findings file and never change meaning.
 */
public enum Rule {
    FILE_UNREADABLE(ERROR),
    FILE_ENCRYPTED(ERROR),
    FILE_FORMAT(ERROR),
    FILE_TOO_LARGE(ERROR),
    FILE_DUPLICATE(INFO),
    TPL_SHEET_MISSING(ERROR),
    TPL_FIELD_MISSING(ERROR),
    TPL_VERSION(ERROR),
    CELL_FORMULA(ERROR),
    COV_REQUIRED(ERROR),
    COV_AREA_FORMAT(ERROR),
    COV_AREA_UNKNOWN(ERROR),
    COV_AREA_NAME(WARNING),
    COV_PERIOD_FORMAT(ERROR),
    COV_PERIOD_RANGE(ERROR),
    /** An error when the strand is not one of the three; a warning when it is not the register's. */
    COV_STRAND(ERROR),
    COV_EMAIL(ERROR),
    COV_SIGNOFF_DATE(ERROR),
    COV_SIGNOFF_SELF(WARNING),
    FAM_NUMBER(ERROR),
    FAM_HELPED_GT_IDENTIFIED(ERROR),
    FAM_STARTED_GT_HELPED(ERROR),
    FAM_OUTCOMES_GT_HELPED(ERROR),
    REC_HEADER(ERROR),
    REC_REF_FORMAT(ERROR),
    REC_PERSONAL_DATA(ERROR),
    REC_DUPLICATE(ERROR),
    REC_DATE(ERROR),
    REC_OUTCOME(ERROR),
    REC_COUNTS(ERROR),
    FUND_EMPTY(WARNING),
    FUND_REQUIRED(ERROR),
    FUND_CODE(ERROR),
    FUND_MONEY(ERROR),
    FUND_SOURCE(WARNING),
    FUND_RECEIVED_GT_COMMITTED(WARNING),
    FUND_SPENT_GT_RECEIVED(WARNING),
    FUND_DUPLICATE_LINE(WARNING),
    FUND_TOTAL(ERROR),
    FUND_TOTAL_MISSING(WARNING),

    X_MISSING_RETURN(ERROR),
    X_HELPED_BREAK(WARNING),
    X_DECREASE(ERROR),
    X_COHORT_SHIFT(WARNING),
    X_LEDGER_MISMATCH(ERROR),
    X_LEDGER_UNDECLARED(ERROR);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    /** The usual severity; {@link #COV_STRAND} may also be raised as a warning. */
    public Severity severity() {
        return severity;
    }

    /** The id as the standard writes it: {@code COV-AREA-UNKNOWN}. */
    public String id() {
        return name().replace('_', '-');
    }

    public static Rule ofId(String id) {
        return valueOf(id.strip().replace('-', '_'));
    }

    @Override
    public String toString() {
        return id();
    }
}
