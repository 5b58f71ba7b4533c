package org.stocktake.pack;

import java.nio.file.Path;
import java.time.LocalDate;

import org.stocktake.period.PeriodReport;

/**
 * Published by {@link PackStage} inside the transaction that records a pack it has just written, so that what
 * listens (the pack e-mail's outbox row) commits with that record.
 *
 * @param report      the period as the pack shows it
 * @param pack        {@code packs/stocktake-<period>.pdf}, complete
 * @param fingerprint what the pack shows, as {@link PackFingerprint} computes it
 */
public record PackRendered(PeriodReport report, LocalDate asOf, Path pack, String fingerprint) {
}
