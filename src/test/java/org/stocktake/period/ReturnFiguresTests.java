package org.stocktake.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stocktake.validation.Families;
import org.stocktake.validation.FundingLine;

/** The §9 figures: a pure function of a return's Families sheet and budget lines. */
class ReturnFiguresTests {

    static FundingLine line(String partner, String source, String arrangement, String committed, String received,
            String spent) {
        return new FundingLine(5, partner, "Stream", source, arrangement, new BigDecimal(committed),
                new BigDecimal(received), new BigDecimal(spent));
    }

    @Test
    void pooledAndAlignedByArrangementReceivedBySourceWhateverTheArrangement() {
        Families families = new Families(22990, 120, 1520, 300, null);
        List<FundingLine> lines = List.of(
                line("DWP", "Central", "Pooled", "1000000.00", "250000.50", "125000.25"),
                line("Local authority", "Local", "Pooled", "234567.89", "1000.00", "999.99"),
                line("Police", "Local", "Aligned", "500.10", "100.01", "0.00"),
                line("Health", "Local", "In kind", "7.00", "3.00", "1.00"),
                line("DCLG", "Central", "Virtual pool", "50.00", "20.00", "10.00"));

        ReturnFigures f = ReturnFigures.of(families, lines);

        assertThat(f).isEqualTo(new ReturnFigures(22990, 120, 1520, 300, new BigDecimal("1234567.89"),
                new BigDecimal("251000.50"), new BigDecimal("126000.24"), new BigDecimal("500.10"),
                new BigDecimal("250020.50"), new BigDecimal("1103.01")));
    }

    @Test
    void aReturnWithoutBudgetLinesHasZeroMoneyToThePenny() {
        ReturnFigures f = ReturnFigures.of(new Families(5, 0, 0, 0, null), List.of());

        assertThat(f.pooledCommitted()).isEqualTo(new BigDecimal("0.00"));
        assertThat(f.localReceived()).isEqualTo(new BigDecimal("0.00"));
        assertThat(f.familiesIdentified()).isEqualTo(5);
    }

    @Test
    void moneyTotalsAddEveryLineExactly() {
        List<FundingLine> lines = List.of(line("DWP", "Central", "Pooled", "0.10", "0.20", "0.30"),
                line("DWP", "Central", "Pooled", "0.20", "0.10", "0.30"));

        assertThat(MoneyTotals.of(lines)).isEqualTo(new MoneyTotals(new BigDecimal("0.30"), new BigDecimal("0.30"),
                new BigDecimal("0.60")));
        assertThat(MoneyTotals.of(lines, l -> false)).isEqualTo(MoneyTotals.ZERO);
    }
}
