package org.stocktake.intake;

import java.time.LocalDate;
import java.util.List;

import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.testing.ReturnFixture;

/** Fixtures shared by the import tests. */
final class ReturnValidatorFixtures {

    static final String PERSONAL_VALUE = "QQ 12 34 56 C";

    private ReturnValidatorFixtures() {
    }

    /** Three records that agree with families figures 3 / 1 / 2 / 1. */
    static ReturnFixture withThreeRecords() {
        LocalDate d1 = LocalDate.of(2011, 6, 1);
        return new ReturnFixture()
                .families(FamiliesLabels.IDENTIFIED, 3).families(FamiliesLabels.STARTED, 1)
                .families(FamiliesLabels.HELPED, 2).families(FamiliesLabels.OUTCOMES, 1)
                .withRecords(List.of(
                        new Object[] {"BHM-0001", d1, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 9, 1), "Education"},
                        new Object[] {"BHM-0002", d1, LocalDate.of(2012, 8, 15), null, null},
                        new Object[] {"BHM-0003", LocalDate.of(2012, 9, 30), null, null, null}));
    }

    /** An Essex return whose second family reference is a National Insurance number. */
    static ReturnFixture withPersonalData() {
        ReturnFixture f = withThreeRecords().cover(CoverLabels.AREA_CODE, "E10000012")
                .cover(CoverLabels.AREA_NAME, "Essex")
                .cover(CoverLabels.STRAND, "Whole place");
        f.records.get(1)[0] = PERSONAL_VALUE;
        return f;
    }
}
