package org.stocktake.storage;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What each import run saw, file by file (duplicates included): the source of {@code import-report.csv}. */
@Repository
public class RunLogStore {

    /** One file as a run saw it. */
    public record RunFile(int seq, String fileName, String sha256, String status, String areaCode, String period,
            int errors, int warnings, Long submissionId, Long supersedes) {
    }

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
        return jdbc.sql("SELECT seq, file_name, sha256, status, area_code, period, errors, warnings, submission_id,"
                        + " supersedes FROM import_run_file WHERE job_execution_id = ? ORDER BY seq")
                .param(jobExecutionId)
                .query((rs, n) -> new RunFile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        (Long) rs.getObject(9, Long.class), (Long) rs.getObject(10, Long.class)))
                .list();
    }
}
