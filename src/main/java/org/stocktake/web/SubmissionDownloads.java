package org.stocktake.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.feedback.AnnotatedFeedback;
import org.stocktake.output.FeedbackCsv;
import org.stocktake.standard.Issue;
import org.stocktake.storage.OriginalStore;
import org.stocktake.storage.SubmissionDetail;
import org.stocktake.storage.SubmissionLookup;
import org.stocktake.users.NotFoundException;
import org.stocktake.validation.ReturnStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A submission's downloads (standard §11.2): its feedback CSV (§9, written from the stored issues, so any portal node
 * serves it), its annotated copy (made from the stored original bytes, where one is made) and the original file, byte
 * for byte (never for a quarantined return, whose bytes are not kept). Each download is audited.
 */
@Controller
@ConditionalOnWebApplication
class SubmissionDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PortalData data;
    private final SubmissionLookup lookup;
    private final OriginalStore originals;
    private final Audit audit;

    SubmissionDownloads(PortalData data, SubmissionLookup lookup, OriginalStore originals, Audit audit) {
        this.data = data;
        this.lookup = lookup;
        this.originals = originals;
        this.audit = audit;
    }

    @GetMapping("/submissions/{id:\\d{1,18}}/feedback.csv")
    void feedbackCsv(@PathVariable long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SubmissionDetail s = data.submission(id);
        List<Issue> issues = lookup.issues(id);
        Downloads.start(response, "text/csv; charset=UTF-8", s.baseName() + ".csv", null);
        audited(request, s, "feedback CSV");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        FeedbackCsv.write(out, s.fileName(), issues);
        out.flush();
    }

    @GetMapping("/submissions/{id:\\d{1,18}}/feedback.xlsx")
    void feedbackWorkbook(@PathVariable long id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SubmissionDetail s = data.submission(id);
        List<Issue> issues = lookup.issues(id);
        if (!SubmissionPage.annotatable(issues, originals.isKept(id))) {
            throw new NotFoundException("no annotated copy is made for submission " + id);
        }
        Path work = Files.createTempDirectory("stocktake-feedback-");
        try {
            Path original = work.resolve("original");
            originals.copyTo(id, original);
            Path copy = AnnotatedFeedback.write(original, s.fileName(), s.baseName(), issues, work.resolve("out"));
            Downloads.start(response, XLSX, s.baseName() + "-feedback.xlsx", Files.size(copy));
            audited(request, s, "annotated workbook");
            Files.copy(copy, response.getOutputStream());
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @GetMapping("/submissions/{id:\\d{1,18}}/original")
    void original(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        SubmissionDetail s = data.submission(id);
        if (!originals.isKept(id)) {
            throw new OriginalNotKept(s);
        }
        Downloads.start(response, Downloads.contentType(s.baseName()), s.baseName(), s.sizeBytes());
        audited(request, s, "original file");
        originals.copyTo(id, response.getOutputStream());
    }

    /** A submission the user may see whose bytes are not kept: quarantined, or imported before they were. */
    @ExceptionHandler
    ModelAndView notKept(OriginalNotKept e) {
        ModelAndView page = new ModelAndView("submissions/original-not-kept", HttpStatus.NOT_FOUND);
        page.addObject("submission", e.submission);
        page.addObject("quarantined", e.submission.status() == ReturnStatus.QUARANTINED);
        return page;
    }

    static final class OriginalNotKept extends RuntimeException {

        private final transient SubmissionDetail submission;

        OriginalNotKept(SubmissionDetail submission) {
            super("the original of submission " + submission.id() + " is not kept", null, false, false);
            this.submission = submission;
        }
    }

    /** Recorded before the body is sent: a client holding the whole body may ask for the audit at once. */
    private void audited(HttpServletRequest request, SubmissionDetail s, String what) {
        audit.record(request.getUserPrincipal().getName(), AuditAction.DOWNLOAD, what + " of submission " + s.id()
                + " (" + s.fileName() + ")", request.getRemoteAddr());
    }
}
