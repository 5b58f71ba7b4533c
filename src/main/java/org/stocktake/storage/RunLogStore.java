package org.stocktake.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Severity;
import org.stocktake.validation.ReturnStatus;

/**
 * What each import run reported, file by file (duplicates included, files already seen from the same path
 * not): the source of {@code import-report.csv}.
 */
@Repository
public class RunLogStore {

    /**
     * One file as a run saw it: {@code seq} is its number in the run and {@code firstError} its first error, if any;
     * both are filled in when the row is read back ({@link #add} numbers the file itself).
     */
    public record RunFile(int seq, String fileName, String sha256, ReturnStatus status, String areaCode, String period,
            int errors, int warnings, Long submissionId, Long supersedes, Issue firstError) {

        public RunFile(int seq, String fileName, String sha256, ReturnStatus status, String areaCode, String period,
                int errors, int warnings, Long submissionId, Long supersedes) {
            this(seq, fileName, sha256, status, areaCode, period, errors, warnings, submissionId, supersedes, null);
        }
    }

    private final JdbcClient jdbc;

    RunLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Logs a file under the next sequence number of the run. */
    public void add(long jobExecutionId, RunFile f) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM import_run_file WHERE job_execution_id = ?")
                .param(jobExecutionId).query(Integer.class).single();
        jdbc.sql("INSERT INTO import_run_file (job_execution_id, seq, file_name, sha256, status, area_code, period,"
                        + " errors, warnings, submission_id, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(jobExecutionId, seq, f.fileName(), f.sha256(), f.status().name(), f.areaCode(), f.period(),
                        f.errors(), f.warnings(), f.submissionId(), f.supersedes())
                .update();
    }

    /**
     * The files the given executions logged, in order: a restarted import reports what its failed or stopped
     * attempts imported as well as what it imported itself.
     */
    public List<RunFile> filesOf(Collection<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.seq, r.file_name, r.sha256, r.status, r.area_code, r.period, r.errors, r.warnings,
                       r.submission_id, r.supersedes,
                       i.rule_id, i.severity, i.sheet, i.cell, i.message, i.explanation
                FROM import_run_file r
                LEFT JOIN submission_issue i ON i.id = (SELECT MIN(j.id) FROM submission_issue j
                    WHERE j.submission_id = r.submission_id AND j.severity = :error)
                WHERE r.job_execution_id IN (:executions)
                ORDER BY r.job_execution_id, r.seq""")
                .param("error", Severity.ERROR.code()).param("executions", jobExecutionIds)
                .query(RunLogStore::runFile).list();
    }

    private static RunFile runFile(ResultSet rs, int n) throws SQLException {
        return new RunFile(rs.getInt(1), rs.getString(2), rs.getString(3), ReturnStatus.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, Long.class),
                rs.getObject(10, Long.class), rs.getString(11) == null ? null : IssueRows.issue(rs, 11));
    }
}
