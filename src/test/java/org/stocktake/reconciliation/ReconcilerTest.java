package org.stocktake.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;
import org.stocktake.testing.PeriodSliceTest;
import org.stocktake.testing.TestDatabase;

@PeriodSliceTest
class ReconcilerTest {

    private static final Period Q2 = Period.of("2012-13 Q2");

    @Autowired
    PeriodReports reports;

    @Autowired
    Reconciler reconciler;

    @Autowired
    JdbcTemplate jdbc;

    TestDatabase db;

    @BeforeEach
    void database() {
        db = TestDatabase.on(jdbc);
    }

    /** Loads the period and reconciles it, as {@code reconcile} does. */
    private List<Finding> reconcile(Period period) {
        return reconciler.reconcile(reports.load(period));
    }

    @Test
    void aConsistentAreaHasNoFindings() {
        consistentArea();
        assertThat(reconcile(Q2)).isEmpty();
        assertThat(db.jdbc.queryForObject("SELECT COUNT(*) FROM finding", Integer.class)).isZero();
    }

    @Test
    void everyRuleIsReportedWithItsFigures() {
        consistentArea();
        scenario();
        assertThat(reconcile(Q2)).extracting(ReconcilerTest::line).containsExactly(
                "E10000002|X-MISSING-RETURN|ERROR|Return expected for 2012-13 Q2: none received",
                "E10000003|X-MISSING-RETURN|ERROR|Return expected for 2012-13 Q2: received but rejected (no return accepted)",
                "E10000004|X-DECREASE|ERROR|Families helped to date fell from 50 in 2012-13 Q1 to 45",
                "E10000004|X-DECREASE|ERROR|Families with outcomes to date fell from 20 in 2012-13 Q1 to 15",
                "E10000004|X-DECREASE|ERROR|Total received to date fell from £3,000.00 in 2012-13 Q1 to £2,500.00",
                "E10000004|X-DECREASE|ERROR|Total spent to date fell from £2,000.00 in 2012-13 Q1 to £1,500.00",
                "E10000004|X-LEDGER-MISMATCH|ERROR|DfE: Received to date on Central lines is £1,000.00, "
                        + "but the ledger shows £1,250.50 paid in 2012-13 up to Q2",
                "E10000004|X-LEDGER-UNDECLARED|ERROR|The ledger shows £500.00 paid in 2012-13 up to Q2 by Home Office, "
                        + "but the return has no Central line for Home Office",
                "E10000009|X-LEDGER-UNDECLARED|ERROR|The ledger shows £100.00 paid in 2012-13 up to Q2 by DWP, "
                        + "but the return has no Central line for DWP",
                "E10000004|X-COHORT-SHIFT|WARNING|Families identified changed from 100 in 2012-13 Q1 to 120 (+20.0%)",
                "E10000004|X-HELPED-BREAK|WARNING|Families helped to date is 45, but 2012-13 Q1's 50 plus 10 started "
                        + "this quarter makes 60");
    }

    @Test
    void runningTwiceReplacesTheRows() {
        consistentArea();
        scenario();
        List<Finding> first = reconcile(Q2);
        List<String> stored = stored();
        assertThat(reconcile(Q2)).isEqualTo(first);
        assertThat(stored()).hasSize(first.size()).isEqualTo(stored);
    }

    @Test
    void moneyFallingAcrossTheYearEndIsNoDecrease() {
        db.register("E10000001", "Steady", "2012-13 Q4", null);
        long q4 = db.accepted("E10000001", "Steady", "2012-13 Q4", "ACCEPTED", 100, 0, 50, 10);
        db.line(q4, "Local authority", "Troubled families", "Local", "Pooled", "9000.00", "9000.00", "8000.00");
        long q1 = db.accepted("E10000001", "Steady", "2013-14 Q1", "ACCEPTED", 100, 5, 55, 10);
        db.line(q1, "Local authority", "Troubled families", "Local", "Pooled", "9000.00", "100.00", "50.00");
        assertThat(reconcile(Period.of("2013-14 Q1"))).isEmpty();
    }

    @Test
    void cohortShiftOfExactlyTenPercentIsNotReported() {
        db.register("E10000001", "Steady", "2012-13 Q1", null);
        db.accepted("E10000001", "Steady", "2012-13 Q1", "ACCEPTED", 100, 0, 50, 10);
        db.accepted("E10000001", "Steady", "2012-13 Q2", "ACCEPTED", 90, 0, 50, 10);
        assertThat(reconcile(Q2)).isEmpty();
    }

    @Test
    void findingsCsvQuotesAndDefusesFormulas(@TempDir Path out) throws IOException {
        List<Finding> findings = List.of(Finding.of("E10000001", Q2, org.stocktake.standard.Rule.X_DECREASE,
                "=SUM(A1) fell, \"badly\""));
        Path file = new FindingsCsv().write(Q2, findings, out);
        assertThat(file.getFileName().toString()).isEqualTo("findings-2012-13-Q2.csv");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "area_code,period,rule,severity,message\r\n"
                        + "E10000001,2012-13 Q2,X-DECREASE,E,\"'=SUM(A1) fell, \"\"badly\"\"\"\r\n");
    }

    private List<String> stored() {
        return db.jdbc.queryForList("SELECT area_code || '|' || rule_id || '|' || severity || '|' || message "
                + "FROM finding WHERE period = '2012-13 Q2' ORDER BY area_code, rule_id, message", String.class);
    }

    private static String line(Finding f) {
        assertThat(f.period()).isEqualTo(Q2);
        return f.areaCode() + "|" + f.rule().id() + "|" + f.severity() + "|" + f.message();
    }

    /** Figures that follow on from the previous quarter and a ledger that agrees, with payments out of range. */
    private void consistentArea() {
        db.register("E10000001", "Good", "2012-13 Q1", null);
        long q1 = db.accepted("E10000001", "Good", "2012-13 Q1", "ACCEPTED", 200, 50, 100, 10);
        db.line(q1, "DWP", "Troubled families", "Central", "Pooled", "10000.00", "2000.00", "1000.00");
        db.line(q1, "Local authority", "Early help", "Local", "Pooled", "5000.00", "1000.00", "500.00");
        long q2 = db.accepted("E10000001", "Good", "2012-13 Q2", "ACCEPTED", 210, 20, 120, 15);
        db.line(q2, "DWP", "Troubled families", "Central", "Pooled", "10000.00", "4000.00", "3000.00");
        db.line(q2, "DWP", "ESF families", "Central", "Aligned", "1000.00", "1000.00", "0.00");
        db.line(q2, "Local authority", "Early help", "Local", "Pooled", "5000.00", "2000.00", "1000.00");
        db.ledger("E10000001", "DWP", "2012-13 Q1", "2000.00");
        db.ledger("E10000001", "DWP", "2012-13 Q2", "3000.00");
        db.ledger("E10000001", "DWP", "2012-13 Q3", "7777.00");
        db.ledger("E10000001", "DWP", "2011-12 Q4", "999.99");
        // An area whose previous return is missing: nothing to compare with.
        db.register("E10000005", "New", "2012-13 Q1", null);
        db.accepted("E10000005", "New", "2012-13 Q2", "ACCEPTED", 10, 0, 99, 0);
        // Superseded: only the later accepted return counts.
        db.register("E10000006", "Resubmitted", "2012-13 Q2", null);
        db.accepted("E10000006", "Resubmitted", "2012-13 Q1", "ACCEPTED", 10, 0, 5, 0);
        db.accepted("E10000006", "Resubmitted", "2012-13 Q2", "ACCEPTED", 10, 0, 1, 0);
        db.accepted("E10000006", "Resubmitted", "2012-13 Q2", "ACCEPTED_WITH_WARNINGS", 10, 1, 6, 0);
        db.submission("E10000006", "2012-13 Q2", "REJECTED");
        // Not expected in Q2 by the register; no return, no finding.
        db.register("E10000007", "Later", "2012-13 Q3", null);
        db.register("E10000008", "Finished", "2011-12 Q1", "2012-13 Q1");
        // Ledger payments to an area with no return and no register entry: out of scope.
        db.ledger("E10000010", "DWP", "2012-13 Q2", "50.00");
    }

    private void scenario() {
        db.register("E10000002", "Silent", "2012-13 Q1", null);
        db.register("E10000003", "Rejected", "2012-13 Q1", "2013-14 Q4");
        db.submission("E10000003", "2012-13 Q2", "REJECTED");
        db.submission("E10000003", "2012-13 Q2", "QUARANTINED");
        db.register("E10000004", "Breaks", "2012-13 Q1", null);
        long q1 = db.accepted("E10000004", "Breaks", "2012-13 Q1", "ACCEPTED", 100, 30, 50, 20);
        db.line(q1, "Local authority", "Early help", "Local", "Pooled", "5000.00", "3000.00", "2000.00");
        long q2 = db.accepted("E10000004", "Breaks", "2012-13 Q2", "ACCEPTED", 120, 10, 45, 15);
        db.line(q2, "Local authority", "Early help", "Local", "Pooled", "5000.00", "1500.00", "1000.00");
        db.line(q2, "DfE", "Family intervention", "Central", "Aligned", "2000.00", "1000.00", "500.00");
        db.ledger("E10000004", "DfE", "2012-13 Q1", "1000.00");
        db.ledger("E10000004", "DfE", "2012-13 Q2", "250.50");
        db.ledger("E10000004", "Home Office", "2012-13 Q2", "500.00");
        // Not in the register, but paid by the ledger and returned: covered.
        long other = db.accepted("E10000009", "Unregistered", "2012-13 Q2", "ACCEPTED", 5, 0, 0, 0);
        db.line(other, "Local authority", "Early help", "Local", "Pooled", "10.00", "0.00", "0.00");
        db.ledger("E10000009", "DWP", "2012-13 Q1", "100.00");
    }
}
