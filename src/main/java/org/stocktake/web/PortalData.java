package org.stocktake.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.storage.SubmissionDetail;
import org.stocktake.storage.SubmissionLookup;
import org.stocktake.storage.UploadJobStore;
import org.stocktake.storage.UploadJobStore.UploadJob;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.NotFoundException;
import org.stocktake.users.PortalUser;
import org.stocktake.users.Role;

/**
 * How the portal loads an area's data: every submission, area history, template and upload goes through here, and
 * here the user's right to see the area of the thing asked for is checked ({@link AreaAccess}) as it is loaded, so a
 * route whose rule in {@link SecurityConfiguration} was forgotten still reveals nothing. What the user may not see
 * answers {@link NotFoundException} (404), exactly as what does not exist.
 */
@Service
@ConditionalOnWebApplication
class PortalData {

    /** An area of the register with its name. */
    record Area(String code, String name) {

        String label() {
            return name + " (" + code + ")";
        }
    }

    private final SubmissionLookup submissions;
    private final UploadJobStore jobs;
    private final ReferenceStore reference;
    private final AreaAccess access;

    PortalData(SubmissionLookup submissions, UploadJobStore jobs, ReferenceStore reference, AreaAccess access) {
        this.submissions = submissions;
        this.jobs = jobs;
        this.reference = reference;
        this.access = access;
    }

    /**
     * A submission the user may see: one of their areas', or any for the central team (also those whose area could
     * not be read from a file of the inbox). Never for the steering group.
     */
    SubmissionDetail submission(long id) {
        SubmissionDetail s = submissions.find(id).orElseThrow(() -> new NotFoundException("no submission " + id));
        if (!maySee(s)) {
            throw new NotFoundException("submission " + id + " not visible to this user");
        }
        return s;
    }

    /** Whether the user may see the submission (for links: a hidden one is shown as if it did not exist). */
    boolean maySee(SubmissionDetail s) {
        return s.areaCode() == null ? access.scope().allAreas() : access.maySee(s.areaCode());
    }

    /** A register area the user may see. */
    Area area(String code) {
        String visible = access.require(code);
        return reference.register().areaName(visible).map(name -> new Area(visible, name))
                .orElseThrow(() -> new NotFoundException("no area " + code + " in the register"));
    }

    /** Every submission of an area the user may see, newest period first. */
    List<SubmissionDetail> history(Area area) {
        return submissions.ofArea(access.require(area.code()));
    }

    /** The register's entry for an area the user may see and a period it expects a return for. */
    RegisterEntry expected(String code, Period period) {
        Area area = area(code);
        return reference.register().entryFor(area.code(), period)
                .orElseThrow(() -> new NotFoundException("no return expected from " + code + " for " + period));
    }

    /** The register in force. */
    Register register() {
        return reference.register();
    }

    /** An upload of this user (or any, for the central team). */
    UploadJob upload(String id) {
        PortalUser user = access.currentUser().orElseThrow(() -> new NotFoundException("not signed in"));
        return jobs.find(id).filter(job -> user.role() == Role.CENTRAL || job.uploadedBy().equals(user.email()))
                .orElseThrow(() -> new NotFoundException("no upload " + id + " of this user"));
    }
}
