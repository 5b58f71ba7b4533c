package org.stocktake.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.storage.FamilyRecordWriter;
import org.stocktake.storage.StoredSubmission;
import org.stocktake.storage.SubmissionStore;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.WorkbookException;
import org.stocktake.workbook.Workbooks;

/**
 * Imports one file: hashes it, skips a byte-identical duplicate, validates it and stores it (standard §5).
 * Everything a file leaves in the database is written in one transaction, so a crash part-way leaves nothing
 * of it behind; its family records are written while the sheet streams and are rolled back to a savepoint
 * when the return turns out not to count.
 */
@Component
public class ReturnImporter {

    static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private final SubmissionStore submissions;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate fileTransaction;
    private final TransactionTemplate recordsSavepoint;

    ReturnImporter(SubmissionStore submissions, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.jdbcTemplate = jdbcTemplate;
        this.fileTransaction = new TransactionTemplate(transactions);
        this.recordsSavepoint = new TransactionTemplate(transactions);
        this.recordsSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public FileOutcome importFile(InboxFile file, long jobExecutionId, ReturnValidator validator) {
        long started = System.nanoTime();
        String sha256;
        try {
            sha256 = Sha256.of(file.path());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
        Optional<StoredSubmission> earlier = submissions.findBySha(sha256);
        if (earlier.isPresent()) {
            StoredSubmission s = earlier.get();
            Issue duplicate = Issue.ofFile(Rule.FILE_DUPLICATE, "this file is byte-identical to " + s.fileName()
                    + ", already imported as submission " + s.id() + " (" + s.status() + "); it was skipped and nothing changed");
            return new FileOutcome(file, sha256, ReturnStatus.DUPLICATE, s.areaCode(), s.period(), 0, 0, null, null,
                    List.of(duplicate), 0, since(started));
        }
        return fileTransaction.execute(tx -> {
            long id = submissions.begin(file.name(), sha256, file.size(), jobExecutionId);
            ValidatedReturn result = recordsSavepoint.execute(savepoint -> {
                ValidatedReturn r = readAndValidate(file, id, validator);
                if (!r.status().counts()) {
                    savepoint.setRollbackOnly();
                }
                return r;
            });
            return store(file, sha256, id, result, started);
        });
    }

    private ValidatedReturn readAndValidate(InboxFile file, long submissionId, ReturnValidator validator) {
        String extension = extension(file.baseName());
        if (!WORKBOOK_EXTENSIONS.contains(extension)) {
            return rejected(Issue.ofFile(Rule.FILE_FORMAT, "a ." + extension + " file is not a return this standard takes;"
                    + " save the return as an Excel workbook (.xlsx) and submit it again"));
        }
        FamilyRecordWriter records = new FamilyRecordWriter(jdbcTemplate, submissionId);
        try (ReturnWorkbook workbook = Workbooks.open(file.path())) {
            ValidatedReturn result = validator.validate(workbook, records);
            if (result.status().counts()) {
                records.flush();
            }
            return result;
        } catch (WorkbookException e) {
            return rejected(Issue.of(e.rule(), e.sheet(), e.cell(), e.getMessage()));
        } catch (DataAccessException e) {
            throw e; // the database, not the file, failed: let the job stop and be restarted
        } catch (RuntimeException e) {
            return rejected(Issue.ofFile(Rule.FILE_UNREADABLE, "the file could not be read as a workbook ("
                    + e.getClass().getSimpleName() + "); open it in Excel, save it as .xlsx and submit it again"));
        }
    }

    private FileOutcome store(InboxFile file, String sha256, long id, ValidatedReturn r, long started) {
        boolean counts = r.status().counts();
        String areaCode = r.quarantined() ? null : r.areaCode();
        String period = r.quarantined() || r.period() == null ? null : r.period().toString();
        Long supersedes = counts ? submissions.counting(areaCode, period, id).orElse(null) : null;
        submissions.complete(id, r.status(), areaCode, period, r.errors(), r.warnings(), supersedes);
        if (counts) {
            submissions.saveReturn(id, r.cover(), r.families(), r.familyRecords());
            submissions.saveFundingLines(id, r.fundingLines());
        }
        // A quarantined file keeps nothing of its content: only where the personal data is, never what it is.
        List<Issue> kept = r.quarantined()
                ? r.issues().stream().filter(i -> i.rule() == Rule.REC_PERSONAL_DATA).toList()
                : r.issues();
        submissions.saveIssues(id, kept);
        return new FileOutcome(file, sha256, r.status(), areaCode, period, r.errors(), r.warnings(), id, supersedes,
                kept, counts ? r.familyRecords() : 0, since(started));
    }

    private static ValidatedReturn rejected(Issue issue) {
        return new ValidatedReturn(ReturnStatus.REJECTED, null, null, null, null, List.of(), 0, List.of(issue));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
