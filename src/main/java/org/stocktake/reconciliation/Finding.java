package org.stocktake.reconciliation;

import java.util.Comparator;

import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;

/** A reconciliation finding (standard §6) about one area and period. */
public record Finding(String areaCode, Period period, Rule rule, Severity severity, String message) {

    /** Severity (errors first), then area, then rule id, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::areaCode)
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    static Finding of(String areaCode, Period period, Rule rule, String message) {
        return new Finding(areaCode, period, rule, rule.severity(), message);
    }
}
