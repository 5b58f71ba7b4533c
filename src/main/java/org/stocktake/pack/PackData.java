package org.stocktake.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.stocktake.figures.AreaFigures;
import org.stocktake.reconciliation.Finding;
import org.stocktake.standard.Period;

/**
 * Everything the stocktake pack shows for a period, read once from the database and never changed.
 *
 * @param areas          the register's areas for the period with their §9 figures
 * @param previous       the previous period's figures by area code
 * @param lines          budget lines of each counting return, by submission id
 * @param warnings       warnings (with explanations) of each counting return, by submission id
 * @param findings       the period's reconciliation findings as stored in table {@code finding}
 * @param rejections     error issues of the rejected or quarantined files of areas with no accepted return
 * @param helpedByPeriod families helped to date, summed over the register's areas, for every period up to P
 */
record PackData(Period period, LocalDate asOf, List<AreaFigures> areas, Map<String, AreaFigures> previous,
                Map<Long, List<Line>> lines, Map<Long, List<Warning>> warnings, List<Finding> findings,
                Map<String, List<Rejection>> rejections, SortedMap<Period, Long> helpedByPeriod) {

    record Line(String partner, String stream, String source, String arrangement, BigDecimal committed,
                BigDecimal received, BigDecimal spent) {
    }

    record Warning(String rule, String location, String message, String explanation) {
    }

    record Rejection(String fileName, String status, String rule, String message) {
    }

    PackData {
        areas = List.copyOf(areas);
        previous = Map.copyOf(previous);
        lines = Map.copyOf(lines);
        warnings = Map.copyOf(warnings);
        findings = List.copyOf(findings);
        rejections = Map.copyOf(rejections);
        helpedByPeriod = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(helpedByPeriod));
    }
}
