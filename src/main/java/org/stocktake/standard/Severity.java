package org.stocktake.standard;

/** How much an issue counts (standard §4): an error rejects the return, a warning marks it, info only reports. */
public enum Severity {
    ERROR("E"), WARNING("W"), INFO("I");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** The one-letter code of the standard's tables. */
    public String code() {
        return code;
    }
}
