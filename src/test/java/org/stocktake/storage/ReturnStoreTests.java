package org.stocktake.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.standard.Period;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;
import org.stocktake.testing.TestDatabase;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;

@JdbcTest
@Import(ReturnStore.class)
class ReturnStoreTests {

    static final Period Q1 = Period.of("2012-13 Q1");
    static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    ReturnStore store;

    @Autowired
    JdbcTemplate jdbc;

    TestDatabase db;
    long superseded;
    long counts;
    long q1;
    long rejected;

    @BeforeEach
    void scenario() {
        db = TestDatabase.on(jdbc);
        superseded = db.accepted("E06000001", "Hartlepool", "2012-13 Q2", "ACCEPTED", 1, 1, 1, 1);
        db.line(superseded, "DWP", "Old", "Central", "Pooled", "1.00", "1.00", "1.00");
        counts = db.accepted("E06000001", "Hartlepool", "2012-13 Q2", "ACCEPTED_WITH_WARNINGS", 120, 10, 60, 5);
        db.line(counts, "Police", "Neighbourhood", "Local", "Aligned", "30.00", "5.00", "1.00");
        db.issue(counts, "COV-STRAND", "W", "Cover", "B6", "not the register's strand", "moved in July");
        q1 = db.accepted("E06000001", "Hartlepool", "2012-13 Q1", "ACCEPTED", 110, 10, 50, 4);
        rejected = db.submission("E06000003", "2012-13 Q2", "REJECTED");
        db.issue(rejected, "FUND-MONEY", "E", "Funding", "F14", "not money", "");
        db.submission(null, null, "QUARANTINED");
    }

    @Test
    void theReturnThatCountsIsTheLatestAcceptedOnePerAreaAndPeriod() {
        assertThat(store.countingReturns()).extracting(StoredReturn::submissionId, StoredReturn::period,
                        StoredReturn::status, r -> r.families().helped())
                .containsExactly(tuple(q1, Q1, ReturnStatus.ACCEPTED, 50L),
                        tuple(counts, Q2, ReturnStatus.ACCEPTED_WITH_WARNINGS, 60L));
        assertThat(store.countingPeriods()).containsExactly(Q1, Q2);
        assertThat(store.latestCountingPeriod()).contains(Q2);
    }

    @Test
    void budgetLinesOfTheReturnsThatCountOnly() {
        assertThat(store.countingFundingLines(List.of(Q1, Q2))).containsOnlyKeys(counts).extractingByKey(counts)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FundingLine.class))
                .extracting(FundingLine::partner, l -> l.committed().toPlainString())
                .containsExactly(tuple("Police", "30.00"));
    }

    @Test
    void theSubmissionsOfAPeriodWithTheirIssuesAsStored() {
        assertThat(store.submissionsOf(Q2)).extracting(StoredSubmission::id, StoredSubmission::status)
                .containsExactly(tuple(superseded, ReturnStatus.ACCEPTED),
                        tuple(counts, ReturnStatus.ACCEPTED_WITH_WARNINGS), tuple(rejected, ReturnStatus.REJECTED));
        var issues = store.issuesOf(Q2);
        assertThat(issues).containsOnlyKeys(counts, rejected);
        // the stored severity, not the rule's default: COV-STRAND is an error or a warning
        assertThat(issues.get(counts)).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Rule.COV_STRAND);
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.location()).isEqualTo("Cover!B6");
            assertThat(i.explanation()).isEqualTo("moved in July");
        });
        assertThat(issues.get(rejected)).extracting(i -> i.rule().id() + " " + i.severity())
                .containsExactly("FUND-MONEY ERROR");
    }

    @Test
    void familyRecordsAreCounted() {
        assertThat(store.familyRecords()).isZero();
    }
}
