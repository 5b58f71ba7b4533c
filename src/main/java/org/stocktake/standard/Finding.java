package org.stocktake.standard;

import java.util.Comparator;

/** A reconciliation finding (standard §6) about one area and period: the counterpart of an {@link Issue}. */
public record Finding(String areaCode, Period period, Rule rule, Severity severity, String message) {

    /** Severity (errors first), then area, then rule id, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::areaCode)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    /** A finding with its rule's own severity. */
    public static Finding of(String areaCode, Period period, Rule rule, String message) {
        return new Finding(areaCode, period, rule, rule.severity(), message);
    }
}
