package org.stocktake.validation;

import java.time.LocalDate;

/** One pseudonymised family of the Family records sheet (standard §3.3); optional fields may be null. */
public record FamilyRecord(int row, String reference, LocalDate identified, LocalDate started, LocalDate closed,
        String outcome) {
}
