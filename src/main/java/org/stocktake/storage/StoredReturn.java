package org.stocktake.storage;

import org.stocktake.standard.Period;
import org.stocktake.validation.Families;
import org.stocktake.validation.ReturnStatus;

/** A return that counts for its area and period (view {@code counting_return}) with its Families figures. */
public record StoredReturn(long submissionId, String fileName, String areaCode, Period period, ReturnStatus status,
        Families families) {
}
