package org.stocktake.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.storage.OriginalStore;
import org.stocktake.storage.SubmissionDetail;
import org.stocktake.storage.SubmissionLookup;
import org.stocktake.storage.UploadJobStore.UploadJob;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.PortalUser;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.web.Govuk.ErrorLink;
import org.stocktake.web.UploadImports.Finished;
import org.stocktake.web.UploadImports.Result;
import org.stocktake.web.UploadImports.Started;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Uploading a return and reading the result (standard §11.2): {@code GET /submissions/new}, {@code POST /submissions}
 * (one import, the same as the inbox's, answered with 303 to the submission's page), {@code GET /submissions/{id}},
 * and {@code GET /uploads/{id}}, where an upload that takes longer than a moment is followed until it is done.
 */
@Controller
@ConditionalOnWebApplication
class SubmissionController {

    static final String NO_FILE = "Select the return to upload";

    private final UploadImports imports;
    private final PortalData data;
    private final SubmissionLookup lookup;
    private final OriginalStore originals;
    private final AreaAccess access;

    SubmissionController(UploadImports imports, PortalData data, SubmissionLookup lookup, OriginalStore originals,
            AreaAccess access) {
        this.imports = imports;
        this.data = data;
        this.lookup = lookup;
        this.originals = originals;
        this.access = access;
    }

    @GetMapping("/submissions/new")
    String form(Model model) {
        return form(model, null);
    }

    @PostMapping("/submissions")
    ModelAndView upload(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
            RedirectAttributes redirect, Model model) throws IOException {
        String name = file == null ? "" : UploadNames.fileName(file.getOriginalFilename());
        if (name.isEmpty()) {
            return new ModelAndView(form(model, NO_FILE), HttpStatus.BAD_REQUEST);
        }
        PortalUser user = access.currentUser().orElseThrow();
        Path copy = Files.createTempFile("stocktake-upload-", ".part");
        file.transferTo(copy);
        Started started;
        try {
            started = imports.start(user, copy, name, request.getRemoteAddr());
        } catch (RejectedExecutionException busy) {
            return page("submissions/busy", HttpStatus.SERVICE_UNAVAILABLE, Map.of("fileName", name));
        }
        Optional<Finished> finished = imports.await(started);
        if (finished.isEmpty()) {
            return seeOther("/uploads/" + started.id());
        }
        return finished(finished.get().result(), finished.get().result() == Result.IMPORTED
                ? submissionOf(finished.get()) : null, name, redirect, true);
    }

    @GetMapping("/submissions/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        SubmissionDetail s = data.submission(id);
        PortalData.Area area = s.areaCode() == null ? null : data.area(s.areaCode());
        SubmissionPage.fill(model, new SubmissionPage.Loaded(s, area, lookup.issues(id), lookup.counts(id),
                originals.isKept(id), Optional.ofNullable(s.supersedes()).map(data::submission),
                lookup.supersededBy(id).filter(data::maySee)));
        return "submissions/show";
    }

    /** An upload's progress: the page says it is being checked until it is done, then sends the user on. */
    @GetMapping("/uploads/{id}")
    ModelAndView progress(@PathVariable String id, RedirectAttributes redirect) {
        UploadJob job = data.upload(id);
        if (!job.finished()) {
            return page("submissions/progress", HttpStatus.OK, Map.of("job", job, "lost", imports.lost(job),
                    "started", PortalFormats.WHEN.format(job.startedAt())));
        }
        Result result = UploadImports.result(job);
        return finished(result, result == Result.IMPORTED ? new Imported(job.submissionId(),
                ReturnStatus.valueOf(job.outcome())) : null, job.fileName(), redirect, false);
    }

    /** For the progress page's script: whether the upload is done, so it can move on without a reload. */
    @GetMapping(path = "/uploads/{id}/status", produces = "application/json")
    @ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        UploadJob job = data.upload(id);
        return Map.of("finished", job.finished() || imports.lost(job), "next", "/uploads/" + job.id());
    }

    private record Imported(Long submissionId, ReturnStatus status) {
    }

    private static Imported submissionOf(Finished finished) {
        return new Imported(finished.outcome().status() == ReturnStatus.DUPLICATE ? finished.outcome().duplicateOf()
                : finished.outcome().submissionId(), finished.outcome().status());
    }

    /**
     * Where a finished upload leads: its submission (for a duplicate, the one it repeats, whose page then says the
     * file was already received), or a page that says it was refused or failed.
     *
     * @param posted true when answering the upload itself (a refusal is then 422), false for its progress page
     */
    private ModelAndView finished(Result result, Imported imported, String fileName, RedirectAttributes redirect,
            boolean posted) {
        if (result == Result.REFUSED) {
            return page("submissions/refused", posted ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK,
                    Map.of("fileName", fileName, "areas", yourAreas()));
        }
        if (result == Result.FAILED) {
            return page("submissions/failed", posted ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.OK,
                    Map.of("fileName", fileName));
        }
        if (imported.status() == ReturnStatus.DUPLICATE) {
            Optional<SubmissionDetail> original = lookup.find(imported.submissionId()).filter(data::maySee);
            if (original.isEmpty()) {
                return page("submissions/already-received", HttpStatus.OK, Map.of("fileName", fileName));
            }
            redirect.addFlashAttribute("alreadyReceived", fileName);
        }
        return seeOther("/submissions/" + imported.submissionId());
    }

    private String form(Model model, String error) {
        model.addAttribute("errors", error == null ? List.of() : List.of(new ErrorLink(error, "#file")));
        model.addAttribute("fileError", error);
        model.addAttribute("areas", yourAreas());
        return "submissions/new";
    }

    /** The signed-in user's areas as the pages name them; empty for the central team (every area). */
    private List<String> yourAreas() {
        return access.scope().areas().stream().map(code -> data.register().areaName(code)
                .map(n -> n + " (" + code + ")").orElse(code)).toList();
    }

    private static ModelAndView page(String view, HttpStatus status, Map<String, ?> model) {
        ModelAndView page = new ModelAndView(view, status);
        page.addAllObjects(model);
        return page;
    }

    private static ModelAndView seeOther(String path) {
        ModelAndView redirect = new ModelAndView("redirect:" + path);
        redirect.setStatus(HttpStatus.SEE_OTHER);
        return redirect;
    }
}
