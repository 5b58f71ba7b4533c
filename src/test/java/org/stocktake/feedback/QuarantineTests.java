package org.stocktake.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.validation.ReturnStatus;

class QuarantineTests {

    static final Issue PERSONAL = Issue.of(Rule.REC_PERSONAL_DATA, "Family records", "A3",
            "Family records!A3: looks like a National Insurance number");
    static final Issue DATE = Issue.of(Rule.REC_DATE, "Family records", "B4",
            "Family records!B4: \"Mary's birthday\" is not a date");
    static final Issue MONEY = Issue.of(Rule.FUND_MONEY, "Funding", "F4", "Funding!F4: \"12,5O0\" is not an amount of money");

    @Test
    void aQuarantinedReturnKeepsOnlyWhereThePersonalDataIs() {
        assertThat(Quarantine.keptIssues(ReturnStatus.QUARANTINED, List.of(MONEY, PERSONAL, DATE)))
                .containsExactly(PERSONAL);
        assertThat(Quarantine.keptIssues(ReturnStatus.REJECTED, List.of(MONEY, DATE))).containsExactly(MONEY, DATE);
        assertThat(Quarantine.kept(ReturnStatus.QUARANTINED, "E10000012")).isNull();
        assertThat(Quarantine.kept(ReturnStatus.REJECTED, "E10000012")).isEqualTo("E10000012");
    }

    @Test
    void noCopyOfAWorkbookWithPersonalData() {
        assertThat(Quarantine.allowsCopy(ReturnStatus.QUARANTINED, List.of())).isFalse();
        assertThat(Quarantine.allowsCopy(List.of(MONEY, PERSONAL))).isFalse();
        assertThat(Quarantine.allowsCopy(List.of(MONEY, DATE))).isTrue();
        assertThat(Quarantine.allowsCopy(ReturnStatus.REJECTED, List.of(MONEY, DATE))).isTrue();
    }

    @Test
    void aSummaryNamesAFamilyRecordsIssueByRuleAndCellOnly() {
        assertThat(Quarantine.summaryText(PERSONAL)).isEqualTo("REC-PERSONAL-DATA at Family records!A3");
        assertThat(Quarantine.summaryText(DATE)).isEqualTo("REC-DATE at Family records!B4");
        assertThat(Quarantine.summaryText(MONEY)).isEqualTo("Funding!F4: \"12,5O0\" is not an amount of money");
    }
}
