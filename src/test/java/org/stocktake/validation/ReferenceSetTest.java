package org.stocktake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceSetTest {

    @Test
    void eachReferenceIsNewOnceAndThenAnswersTheRowItWasFirstSeenOn() {
        // given 300,000 references, so the table grows many times over
        ReferenceSet set = new ReferenceSet();
        for (int row = 2; row < 300_002; row++) {
            assertThat(set.addOrFirstRow(String.format("BHM-%07d", row), row)).isZero();
        }
        // then each is known by its first row, whatever row it comes again on
        for (int row = 2; row < 300_002; row += 997) {
            assertThat(set.addOrFirstRow(String.format("BHM-%07d", row), 400_000 + row)).isEqualTo(row);
        }
        assertThat(set.addOrFirstRow("BHM-0300002", 500_000)).isZero();
    }

    @Test
    void referencesThatDifferOnlyInCharactersBeyondLatinOneAreDifferent() {
        ReferenceSet set = new ReferenceSet();
        assertThat(set.addOrFirstRow("FAM-ŵ1", 2)).isZero();
        assertThat(set.addOrFirstRow("FAM-ŷ1", 3)).isZero();
        assertThat(set.addOrFirstRow("", 4)).isZero();
        assertThat(set.addOrFirstRow("FAM-ŵ1", 5)).isEqualTo(2);
        assertThat(set.addOrFirstRow("", 6)).isEqualTo(4);
    }
}
