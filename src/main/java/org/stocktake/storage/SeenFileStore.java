package org.stocktake.storage;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The (path, content) pairs the import has already reported. The inbox is scanned again every night and keeps
 * its old files, so a file already reported from the same path with the same content is passed over silently.
 */
@Repository
public class SeenFileStore {

    private final JdbcClient jdbc;

    SeenFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean seen(String fileName, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM seen_file WHERE sha256 = ? AND file_name = ?")
                .params(sha256, fileName).query(Long.class).single() > 0;
    }

    /** Written in the file's own transaction, with its submission (if any): both are there, or neither. */
    public void remember(String fileName, String sha256, String status, Long submissionId, long jobExecutionId) {
        jdbc.sql("INSERT INTO seen_file (file_name, sha256, status, submission_id, first_seen, job_execution_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(fileName, sha256, status, submissionId, Timestamp.from(Instant.now()), jobExecutionId)
                .update();
    }
}
