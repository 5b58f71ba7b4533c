package org.stocktake.validation;

/** What became of a submitted file (standard §5). */
public enum ReturnStatus {
    ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED, DUPLICATE, QUARANTINED;

    public boolean counts() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }
}
