package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;

@JdbcTest
@Import(FindingStore.class)
class FindingStoreTests {

    static final Period Q1 = Period.of("2012-13 Q1");
    static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    FindingStore store;

    final Finding shift = Finding.of("E06000001", Q2, Rule.X_COHORT_SHIFT, "Families identified changed");
    final Finding missing = Finding.of("E06000002", Q2, Rule.X_MISSING_RETURN, "none received");
    final Finding decrease = Finding.of("E06000001", Q2, Rule.X_DECREASE, "fell");

    @Test
    void aPeriodsFindingsAreReplacedWholeAndReadBackInOrder() {
        store.replace(Q1, List.of(Finding.of("E06000009", Q1, Rule.X_MISSING_RETURN, "none received")));
        store.replace(Q2, List.of(shift, missing));
        store.replace(Q2, List.of(shift, missing, decrease));

        assertThat(store.of(Q2)).containsExactly(decrease, missing, shift);
        assertThat(store.of(Q1)).hasSize(1);

        store.replace(Q2, List.of());
        assertThat(store.of(Q2)).isEmpty();
        assertThat(store.of(Q1)).hasSize(1);
    }
}
