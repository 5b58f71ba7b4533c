package org.stocktake.intake;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.feedback.Quarantine;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Rule;
import org.stocktake.storage.DatabaseLocks;
import org.stocktake.storage.FamilyRecordStore;
import org.stocktake.storage.FamilyRecordWriter;
import org.stocktake.storage.OriginalStore;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.RunLogStore;
import org.stocktake.storage.RunLogStore.RunFile;
import org.stocktake.storage.SeenFileStore;
import org.stocktake.storage.StoredSubmission;
import org.stocktake.storage.SubmissionStore;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.WorkbookException;
import org.stocktake.workbook.Workbooks;

/**
 * Imports one file, from the inbox (a step of the import job) or uploaded in the portal: hashes it, reports a
 * byte-identical duplicate of a file already submitted, validates it and stores it (standard §5). This class
 * writes every database row a file leaves: its submission, return, budget lines, family records, issues and
 * original bytes (never a quarantined return's), and for an inbox file its {@code seen_file} and run-log rows.
 * They are written in one transaction, so a crash part-way leaves nothing of the file behind; its family records
 * are written while the sheet streams and are rolled back to a savepoint when the return turns out not to count.
 */
@Service
public class ReturnImporter {

    static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

    private final SubmissionStore submissions;
    private final SeenFileStore seenFiles;
    private final RunLogStore runLog;
    private final ReferenceStore reference;
    private final DatabaseLocks locks;
    private final FamilyRecordStore familyRecords;
    private final FeedbackFiles feedback;
    private final OriginalStore originals;
    private final TransactionTemplate fileTransaction;
    private final TransactionTemplate recordsSavepoint;
    private final ApplicationEventPublisher events;

    ReturnImporter(SubmissionStore submissions, SeenFileStore seenFiles, RunLogStore runLog, ReferenceStore reference,
            DatabaseLocks locks, FamilyRecordStore familyRecords, FeedbackFiles feedback, OriginalStore originals,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.submissions = submissions;
        this.seenFiles = seenFiles;
        this.runLog = runLog;
        this.reference = reference;
        this.locks = locks;
        this.familyRecords = familyRecords;
        this.feedback = feedback;
        this.originals = originals;
        this.fileTransaction = new TransactionTemplate(transactions);
        this.recordsSavepoint = new TransactionTemplate(transactions);
        this.recordsSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.events = events;
    }

    /**
     * Imports an uploaded return at once, in its own transaction, with the same checks, statuses and supersession
     * as the inbox, then writes its feedback files. A byte-identical file already submitted is a DUPLICATE and
     * changes nothing ({@link FileOutcome#duplicateOf} says which submission it repeats).
     */
    public FileOutcome importUpload(Upload upload) {
        return importUpload(upload, UploadAreas.ANY);
    }

    /**
     * Imports an upload as {@link #importUpload(Upload)} does, for a user who may upload only some areas' returns
     * (standard §11.2). Whether the return's area is one of them is decided inside the file's transaction, which is
     * rolled back when it is not: a refused return leaves nothing behind, not even its feedback.
     *
     * @throws AreaRefusedException when the Cover names an area the uploader may not upload for
     */
    public FileOutcome importUpload(Upload upload, UploadAreas areas) {
        return importUpload(upload, areas, Runnable::run);
    }

    /**
     * Imports an upload as {@link #importUpload(Upload, UploadAreas)} does, and hands the writing of its annotated
     * copy under {@code --out} (the slow part of the feedback, for a return with issues) to {@code copyWriter}: the
     * portal runs it once it has shown the officer the result. The upload file must outlive that.
     */
    public FileOutcome importUpload(Upload upload, UploadAreas areas, Executor copyWriter) {
        IncomingFile file = IncomingFile.of(upload.file(), upload.fileName());
        ReturnValidator validator = new ReturnValidator(reference.register(), upload.asOf());
        FileOutcome outcome = fileTransaction.execute(tx -> importFile(file, null, upload.uploadedBy(), areas,
                validator));
        feedback.write(outcome, upload.outDir(), copyWriter);
        return outcome;
    }

    /**
     * Imports a file of the inbox in the caller's transaction (the chunk of the import step) and logs it for the
     * run's report.
     *
     * @return what became of the file, or null when this path with this content was already reported (the
     *         inbox is scanned again every night): such a file is passed over without a word
     */
    FileOutcome importInboxFile(IncomingFile file, long jobExecutionId, ReturnValidator validator) {
        return fileTransaction.execute(tx -> importFile(file, jobExecutionId, null, UploadAreas.ANY, validator));
    }

    /** @param jobExecutionId the import run, for a file of the inbox; null for an upload */
    private FileOutcome importFile(IncomingFile file, Long jobExecutionId, String uploadedBy, UploadAreas areas,
            ReturnValidator validator) {
        long started = System.nanoTime();
        String sha256 = sha256(file);
        // Another node importing the same content waits here until this transaction ends, and then finds
        // the file already seen or the content already submitted: every file is imported exactly once.
        locks.lockFileForTransaction(sha256);
        boolean inbox = jobExecutionId != null;
        if (inbox && seenFiles.seen(file.name(), sha256)) {
            return null;
        }
        Optional<StoredSubmission> earlier = submissions.findBySha(sha256);
        earlier.ifPresent(s -> areas.checkDuplicateOf(s.areaCode()));
        FileOutcome outcome = earlier.isPresent() ? duplicate(file, sha256, earlier.get(), started)
                : submit(file, sha256, jobExecutionId, uploadedBy, areas, validator, started);
        if (inbox) {
            // remembered, so that the file (a duplicate too) is reported once and not again every night
            seenFiles.remember(file.name(), sha256, outcome.status().name(), outcome.submissionId(), jobExecutionId);
            runLog.add(jobExecutionId, new RunFile(0, file.name(), sha256, outcome.status(), outcome.areaCode(),
                    outcome.period(), (int) outcome.errors(), (int) outcome.warnings(), outcome.submissionId(),
                    outcome.supersedes()));
        }
        return outcome;
    }

    private static FileOutcome duplicate(IncomingFile file, String sha256, StoredSubmission s, long started) {
        Issue duplicate = Issue.ofFile(Rule.FILE_DUPLICATE, "this file is byte-identical to " + s.fileName()
                + ", already imported as submission " + s.id() + " (" + s.status() + "); it was skipped and nothing changed");
        return new FileOutcome(file, sha256, ReturnStatus.DUPLICATE, s.areaCode(), s.period(), 0, 0, null, null, s.id(),
                List.of(duplicate), 0, since(started));
    }

    private FileOutcome submit(IncomingFile file, String sha256, Long jobExecutionId, String uploadedBy,
            UploadAreas areas, ReturnValidator validator, long started) {
        long id = submissions.begin(file.name(), sha256, file.size(), jobExecutionId, uploadedBy);
        ValidatedReturn r = recordsSavepoint.execute(savepoint -> {
            ValidatedReturn result = readAndValidate(file, id, validator);
            if (!result.status().counts()) {
                savepoint.setRollbackOnly();
            }
            return result;
        });
        boolean counts = r.status().counts();
        String areaCode = areas.areaOf(r.areaCode(), r.status());
        String period = r.period() == null ? null : Quarantine.kept(r.status(), r.period().toString());
        Long supersedes = counts ? submissions.counting(areaCode, period, id).orElse(null) : null;
        submissions.complete(id, r.status(), areaCode, period, r.errors(), r.warnings(), supersedes);
        if (counts) {
            submissions.saveReturn(id, r.cover(), r.families(), r.familyRecords());
            submissions.saveFundingLines(id, r.fundingLines());
        }
        List<Issue> kept = Quarantine.keptIssues(r.status(), r.issues());
        submissions.saveIssues(id, kept);
        if (Quarantine.allowsCopy(r.status(), r.issues())) {
            originals.keep(id, file.path());
        }
        // in this transaction: the feedback e-mail's outbox row commits with the file, or neither does
        events.publishEvent(new ReturnImported(id, file.name(), file.baseName(), r.status(), areaCode, period,
                r.cover() == null ? null : Quarantine.kept(r.status(), r.cover().contactEmail()), uploadedBy,
                r.errors(), r.warnings(), supersedes, kept));
        return new FileOutcome(file, sha256, r.status(), areaCode, period, r.errors(), r.warnings(), id, supersedes,
                null, kept, counts ? r.familyRecords() : 0, since(started));
    }

    private ValidatedReturn readAndValidate(IncomingFile file, long submissionId, ReturnValidator validator) {
        String extension = extension(file.baseName());
        if (!WORKBOOK_EXTENSIONS.contains(extension)) {
            return rejected(Issue.ofFile(Rule.FILE_FORMAT, "a ." + extension + " file is not a return this standard takes;"
                    + " save the return as an Excel workbook (.xlsx) and submit it again"));
        }
        try (ReturnWorkbook workbook = Workbooks.open(file.path());
             FamilyRecordWriter records = familyRecords.writer(submissionId)) {
            ValidatedReturn result = validator.validate(workbook, records);
            if (result.status().counts()) {
                records.finish();
            }
            return result;
        } catch (WorkbookException e) {
            return rejected(Issue.of(e.rule(), e.sheet(), e.cell(), e.getMessage()));
        } catch (DataAccessException e) {
            throw e; // the database, not the file, failed: let the job stop and be restarted
        } catch (RuntimeException e) {
            return rejected(Issue.ofFile(Rule.FILE_UNREADABLE, "the file could not be read as a workbook ("
                    + e.getClass().getSimpleName() + "); open it in your spreadsheet program (Excel or LibreOffice),"
                    + " save it as an Excel workbook (.xlsx) and submit it again"));
        }
    }

    private static String sha256(IncomingFile file) {
        try {
            return Sha256.of(file.path());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
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
