package org.stocktake.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.validation.Families;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;

/**
 * Reads what was imported, for the model of a period: the returns that count (view {@code counting_return}), their
 * budget lines, and the submissions of a period with their issues.
 */
@Repository
public class ReturnStore {

    private final JdbcClient jdbc;

    ReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The return that counts for every area and period, oldest period first. */
    public List<StoredReturn> countingReturns() {
        return jdbc.sql("""
                SELECT c.submission_id, c.file_name, c.area_code, c.period, c.status, r.families_identified,
                       r.families_started, r.families_helped, r.families_outcomes, r.families_planned
                FROM counting_return c JOIN stocktake_return r ON r.submission_id = c.submission_id""")
                .query((rs, n) -> new StoredReturn(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Period.of(rs.getString(4)), ReturnStatus.valueOf(rs.getString(5)),
                        new Families(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                                rs.getObject(10, Long.class))))
                .list().stream().sorted(java.util.Comparator.comparing(StoredReturn::period)
                        .thenComparing(StoredReturn::areaCode))
                .toList();
    }

    /** The periods for which any return counts. */
    public List<Period> countingPeriods() {
        return jdbc.sql("SELECT DISTINCT period FROM counting_return").query(String.class).list().stream()
                .map(Period::of).sorted().toList();
    }

    /** The budget lines of the returns that count in the given periods, by submission, in sheet order. */
    public Map<Long, List<FundingLine>> countingFundingLines(Collection<Period> periods) {
        Map<Long, List<FundingLine>> lines = new HashMap<>();
        for (Period period : periods) {
            jdbc.sql("""
                    SELECT f.submission_id, f.sheet_row, f.partner, f.funding_stream, f.source, f.arrangement,
                           f.committed, f.received, f.spent
                    FROM funding_line f JOIN counting_return c ON c.submission_id = f.submission_id
                    WHERE c.period = ? ORDER BY f.submission_id, f.sheet_row, f.id""")
                    .param(period.toString())
                    .query(rs -> {
                        lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new FundingLine(rs.getInt(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)));
                    });
        }
        return lines;
    }

    /** Every submission whose Cover named the period (quarantined ones name none), oldest first. */
    public List<StoredSubmission> submissionsOf(Period period) {
        return jdbc.sql("SELECT id, file_name, sha256, status, area_code, period FROM submission"
                        + " WHERE period = ? AND area_code IS NOT NULL AND status <> ? ORDER BY id")
                .params(period.toString(), SubmissionStore.PENDING)
                .query((rs, n) -> new StoredSubmission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ReturnStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The issues of the period's submissions, by submission, in the order they were found. */
    public Map<Long, List<Issue>> issuesOf(Period period) {
        Map<Long, List<Issue>> issues = new HashMap<>();
        jdbc.sql("""
                SELECT i.submission_id, i.rule_id, i.severity, i.sheet, i.cell, i.message, i.explanation
                FROM submission_issue i JOIN submission s ON s.id = i.submission_id
                WHERE s.period = ? ORDER BY i.submission_id, i.id""")
                .param(period.toString())
                .query(rs -> {
                    issues.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(IssueRows.issue(rs, 2));
                });
        return issues;
    }

    /** Rows in {@code family_record}: what the benchmark reads back after an import. */
    public long familyRecords() {
        return jdbc.sql("SELECT COUNT(*) FROM family_record").query(Long.class).single();
    }

    /** The latest period for which any return counts. */
    public Optional<Period> latestCountingPeriod() {
        List<Period> periods = countingPeriods();
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
    }
}
