package org.stocktake.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.stocktake.standard.Period;

/** The register of pilot areas in force (standard §7, {@code pilots.csv}). */
public record Register(List<RegisterEntry> entries) {

    public Register {
        entries = List.copyOf(entries);
    }

    public boolean knows(String areaCode) {
        return entries.stream().anyMatch(e -> e.areaCode().equals(areaCode));
    }

    /** The row that covers the area in the period, if the area is expected to return then. */
    public Optional<RegisterEntry> entryFor(String areaCode, Period period) {
        return entries.stream().filter(e -> e.areaCode().equals(areaCode) && e.covers(period)).findFirst();
    }

    /** The area's earliest first period. */
    public Optional<Period> firstPeriod(String areaCode) {
        return entries.stream().filter(e -> e.areaCode().equals(areaCode))
                .map(RegisterEntry::firstPeriod).min(Comparator.naturalOrder());
    }

    /** The area's name as the register writes it (from its latest row). */
    public Optional<String> areaName(String areaCode) {
        return entries.stream().filter(e -> e.areaCode().equals(areaCode))
                .max(Comparator.comparing(RegisterEntry::firstPeriod)).map(RegisterEntry::areaName);
    }

    /**
     * {@code Birmingham (E08000025)}, as {@link org.stocktake.period.AreaReport#label} names an area; the code alone
     * for an area the register does not know.
     */
    public String label(String areaCode) {
        return areaName(areaCode).map(name -> name + " (" + areaCode + ")").orElse(areaCode);
    }

    /** The rows expected to return in the period (one per area, rows never overlap), ordered by area code. */
    public List<RegisterEntry> expectedIn(Period period) {
        return entries.stream().filter(e -> e.covers(period)).sorted(Comparator.comparing(RegisterEntry::areaCode))
                .toList();
    }
}
