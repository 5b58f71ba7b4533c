package org.stocktake.period;

import org.stocktake.validation.ReturnStatus;

/**
 * Where an area the register expects stands for a period (standard §9, the {@code status} of
 * {@code figures-<period>.csv}): the status of the return that counts, else REJECTED (returns received, none
 * accepted) or MISSING.
 */
public enum AreaStatus {
    ACCEPTED("Accepted"),
    ACCEPTED_WITH_WARNINGS("Accepted with warnings"),
    REJECTED("Rejected"),
    MISSING("Missing");

    private final String label;

    AreaStatus(String label) {
        this.label = label;
    }

    /** True when a return counts for the area. */
    public boolean counts() {
        return this == ACCEPTED || this == ACCEPTED_WITH_WARNINGS;
    }

    /** How a person reads it: {@code Accepted with warnings}. */
    public String label() {
        return label;
    }

    /** The status of an area whose return counts, from the status of that return. */
    static AreaStatus ofCounting(ReturnStatus status) {
        return switch (status) {
            case ACCEPTED -> ACCEPTED;
            case ACCEPTED_WITH_WARNINGS -> ACCEPTED_WITH_WARNINGS;
            default -> throw new IllegalArgumentException("a " + status + " return never counts");
        };
    }
}
