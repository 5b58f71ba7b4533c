package org.stocktake.storage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each import run reported, file by file (duplicates included, files already seen from the same path
 * not): the source of {@code import-report.csv}.
 */
@Repository
public class RunLogStore {

    /** One file as a run saw it; {@code firstError} is the message of its first error, if any. */
    public record RunFile(int seq, String fileName, String sha256, String status, String areaCode, String period,
            int errors, int warnings, Long submissionId, Long supersedes, String firstError) {

        public RunFile(int seq, String fileName, String sha256, String status, String areaCode, String period,
                int errors, int warnings, Long submissionId, Long supersedes) {
            this(seq, fileName, sha256, status, areaCode, period, errors, warnings, submissionId, supersedes, null);
        }
    }

    private static final String SELECT = "SELECT r.seq, r.file_name, r.sha256, r.status, r.area_code, r.period,"
            + " r.errors, r.warnings, r.submission_id, r.supersedes,"
            // a Family records cell may hold what a family told a worker: name the rule and cell, not the message
            + " (SELECT CASE WHEN i.sheet = 'Family records' THEN i.rule_id || ' at ' || i.sheet || '!' || i.cell"
            + "   ELSE i.message END FROM submission_issue i WHERE i.id = (SELECT MIN(j.id) FROM submission_issue j"
            + "   WHERE j.submission_id = r.submission_id AND j.severity = 'E')) AS first_error"
            + " FROM import_run_file r ";

    private final JdbcClient jdbc;

    RunLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long jobExecutionId, RunFile f) {
        jdbc.sql("INSERT INTO import_run_file (job_execution_id, seq, file_name, sha256, status, area_code, period,"
                        + " errors, warnings, submission_id, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(jobExecutionId, f.seq(), f.fileName(), f.sha256(), f.status(), f.areaCode(), f.period(),
                        f.errors(), f.warnings(), f.submissionId(), f.supersedes())
                .update();
    }

    public int nextSeq(long jobExecutionId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM import_run_file WHERE job_execution_id = ?")
                .param(jobExecutionId).query(Integer.class).single();
    }

    public List<RunFile> files(long jobExecutionId) {
        return jdbc.sql(SELECT + "WHERE r.job_execution_id = ? ORDER BY r.seq")
                .param(jobExecutionId).query(RunLogStore::runFile).list();
    }

    /**
     * The files of every execution of the job instance an execution belongs to: a restarted import reports
     * what its failed or stopped attempts imported as well as what it imported itself.
     */
    public List<RunFile> filesOfInstance(long jobExecutionId) {
        return jdbc.sql(SELECT + "JOIN batch_job_execution e ON e.job_execution_id = r.job_execution_id"
                        + " WHERE e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution"
                        + "   WHERE job_execution_id = ?) ORDER BY r.job_execution_id, r.seq")
                .param(jobExecutionId).query(RunLogStore::runFile).list();
    }

    private static RunFile runFile(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RunFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getObject(9, Long.class), rs.getObject(10, Long.class),
                rs.getString(11));
    }
}
