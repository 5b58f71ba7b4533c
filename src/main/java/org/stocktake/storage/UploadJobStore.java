package org.stocktake.storage;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads the portal is importing in the background (table {@code upload_job}): written when the import starts and
 * when it ends, each in its own short transaction, so the progress page of an upload can be answered by any portal
 * node sharing the database.
 */
@Repository
public class UploadJobStore {

    /** An upload: who sent which file, and once finished what became of it (outcome null until then). */
    public record UploadJob(String id, String uploadedBy, String fileName, Instant startedAt, Instant finishedAt,
            String outcome, Long submissionId) {

        public boolean finished() {
            return outcome != null;
        }
    }

    private final JdbcClient jdbc;

    UploadJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(String id, String uploadedBy, String fileName, Instant at) {
        jdbc.sql("INSERT INTO upload_job (id, uploaded_by, file_name, started_at) VALUES (?, ?, ?, ?)")
                .params(id, uploadedBy, fileName, UserStore.utc(at)).update();
    }

    public void finish(String id, String outcome, Long submissionId, Instant at) {
        jdbc.sql("UPDATE upload_job SET outcome = ?, submission_id = ?, finished_at = ? WHERE id = ?")
                .params(outcome, submissionId, UserStore.utc(at), id).update();
    }

    public Optional<UploadJob> find(String id) {
        return jdbc.sql("SELECT id, uploaded_by, file_name, started_at, finished_at, outcome, submission_id"
                        + " FROM upload_job WHERE id = ?")
                .param(id)
                .query((rs, n) -> new UploadJob(rs.getString(1).strip(), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), instant(rs.getObject(5, OffsetDateTime.class)),
                        rs.getString(6), rs.getObject(7, Long.class)))
                .optional();
    }

    /** Forgets uploads started before the given time (their submissions stay). */
    public int deleteStartedBefore(Instant before) {
        return jdbc.sql("DELETE FROM upload_job WHERE started_at < ?").param(UserStore.utc(before)).update();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
