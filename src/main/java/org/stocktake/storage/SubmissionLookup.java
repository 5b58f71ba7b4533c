package org.stocktake.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.standard.Issue;
import org.stocktake.validation.ReturnStatus;

/**
 * Reads single submissions and an area's history for the portal. It decides nothing about who may see them: the
 * portal's services ask {@code users.AreaAccess} about the area of what this returns before showing it.
 */
@Repository
public class SubmissionLookup {

    private static final String COLUMNS = "id, file_name, sha256, size_bytes, imported_at, status, area_code, period,"
            + " errors, warnings, supersedes, uploaded_by";

    private final JdbcClient jdbc;

    SubmissionLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SubmissionDetail> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = ? AND status <> ?")
                .params(id, SubmissionStore.PENDING).query(SubmissionLookup::detail).optional();
    }

    /** Every submission of an area, newest period first (those whose period could not be read last), newest first. */
    public List<SubmissionDetail> ofArea(String areaCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE area_code = ? AND status <> ?"
                        + " ORDER BY CASE WHEN period IS NULL THEN 1 ELSE 0 END, period DESC, id DESC")
                .params(areaCode, SubmissionStore.PENDING).query(SubmissionLookup::detail).list();
    }

    /** The issues stored for a submission, in the order they were found. */
    public List<Issue> issues(long id) {
        return jdbc.sql("SELECT rule_id, severity, sheet, cell, message, explanation FROM submission_issue"
                        + " WHERE submission_id = ? ORDER BY id")
                .param(id).query((rs, n) -> IssueRows.issue(rs, 1)).list();
    }

    /** The submission that superseded this one, if any. */
    public Optional<SubmissionDetail> supersededBy(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE supersedes = ? AND status <> ? ORDER BY id")
                .params(id, SubmissionStore.PENDING).query(SubmissionLookup::detail).list().stream().findFirst();
    }

    /** True when this submission is the return that counts for its area and period now. */
    public boolean counts(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM counting_return WHERE submission_id = ?").param(id).query(Long.class)
                .single() > 0;
    }

    /** The submissions that count for an area now, one per period. */
    public Set<Long> countingOf(String areaCode) {
        return Set.copyOf(jdbc.sql("SELECT submission_id FROM counting_return WHERE area_code = ?").param(areaCode)
                .query(Long.class).list());
    }

    private static SubmissionDetail detail(ResultSet rs, int row) throws SQLException {
        return new SubmissionDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getTimestamp(5).toInstant(), ReturnStatus.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getObject(11, Long.class), rs.getString(12));
    }
}
