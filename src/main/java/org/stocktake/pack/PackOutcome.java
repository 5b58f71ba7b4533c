package org.stocktake.pack;

import java.nio.file.Path;

import org.stocktake.period.PeriodReport;

/**
 * What the pack stage did for a period.
 *
 * @param report      the period as the pack shows it (with the findings just computed, or as stored when the pack
 *                    was up to date)
 * @param rendered    false when a pack made from the same data was already there and was left as it was
 * @param pack        {@code packs/stocktake-<period>.pdf}
 * @param findingsCsv {@code findings-<period>.csv}
 * @param figuresCsv  {@code figures-<period>.csv}
 */
public record PackOutcome(PeriodReport report, boolean rendered, Path pack, Path findingsCsv, Path figuresCsv) {
}
