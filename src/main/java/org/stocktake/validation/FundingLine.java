package org.stocktake.validation;

import java.math.BigDecimal;

/** One budget line of the Funding sheet (standard §3.2), with the sheet row it came from. */
public record FundingLine(int row, String partner, String fundingStream, String source, String arrangement,
        BigDecimal committed, BigDecimal received, BigDecimal spent) {
}
