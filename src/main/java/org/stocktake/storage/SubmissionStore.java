package org.stocktake.storage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.standard.Issue;
import org.stocktake.validation.Cover;
import org.stocktake.validation.Families;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;

/**
 * Submissions and what they hold. Rows are only ever inserted; the status of a submission is written once,
 * in the same transaction that created it, so no reader ever sees a half-imported return.
 */
@Repository
public class SubmissionStore {

    /** The status of a submission whose file is being imported, in that file's own transaction. */
    static final String PENDING = "IMPORTING";

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredSubmission> findBySha(String sha256) {
        return jdbc.sql("SELECT id, file_name, sha256, status, area_code, period FROM submission WHERE sha256 = ?")
                .param(sha256)
                .query((rs, n) -> new StoredSubmission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ReturnStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .optional();
    }

    /**
     * Creates the submission row that the file's records hang from; its outcome is written by {@link #complete}.
     *
     * @param jobExecutionId the import run that found the file in the inbox; null for an upload
     * @param uploadedBy     who uploaded the file in the portal; null for a file from the inbox
     */
    public long begin(String fileName, String sha256, long sizeBytes, Long jobExecutionId, String uploadedBy) {
        jdbc.sql("INSERT INTO submission (file_name, sha256, size_bytes, imported_at, status, errors, warnings,"
                        + " job_execution_id, uploaded_by) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)")
                .params(fileName, sha256, sizeBytes, Timestamp.from(Instant.now()), PENDING, jobExecutionId, uploadedBy)
                .update();
        return jdbc.sql("SELECT id FROM submission WHERE sha256 = ?").param(sha256).query(Long.class).single();
    }

    /** The accepted submission that counts for an area and period now, other than the given one. */
    public Optional<Long> counting(String areaCode, String period, long except) {
        return jdbc.sql("SELECT submission_id FROM counting_return WHERE area_code = ? AND period = ? AND submission_id <> ?")
                .params(areaCode, period, except).query(Long.class).optional();
    }

    public void complete(long id, ReturnStatus status, String areaCode, String period, long errors, long warnings,
            Long supersedes) {
        jdbc.sql("UPDATE submission SET status = ?, area_code = ?, period = ?, errors = ?, warnings = ?, supersedes = ?"
                        + " WHERE id = ? AND status = ?")
                .params(status.name(), areaCode, period, errors, warnings, supersedes, id, PENDING)
                .update();
    }

    public void saveReturn(long id, Cover cover, Families families, long familyRecords) {
        jdbc.sql("INSERT INTO stocktake_return (submission_id, template_version, area_code, area_name, period, strand,"
                        + " contact_name, contact_email, signed_off_by, signed_off_on, families_identified,"
                        + " families_started, families_helped, families_outcomes, families_planned, family_records)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, cover.templateVersion(), cover.areaCode(), cover.areaName(), cover.period().toString(),
                        cover.strand(), cover.contactName(), cover.contactEmail(), cover.signedOffBy(),
                        Date.valueOf(cover.signedOffOn()), families.identified(), families.started(),
                        families.helped(), families.outcomes(), families.planned(), familyRecords)
                .update();
    }

    public void saveFundingLines(long id, List<FundingLine> lines) {
        for (FundingLine l : lines) {
            jdbc.sql("INSERT INTO funding_line (submission_id, sheet_row, partner, funding_stream, source, arrangement,"
                            + " committed, received, spent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, l.row(), l.partner(), l.fundingStream(), l.source(), l.arrangement(), l.committed(),
                            l.received(), l.spent())
                    .update();
        }
    }

    public void saveIssues(long id, List<Issue> issues) {
        for (Issue i : issues) {
            jdbc.sql("INSERT INTO submission_issue (submission_id, rule_id, severity, sheet, cell, message, explanation)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, i.rule().id(), i.severity().code(), i.sheet(), i.cell(), truncate(i.message()),
                            truncate(i.explanation()))
                    .update();
        }
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
