package org.stocktake.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.users.AreaAccess;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Audits an upload refused for its size. A file over 50 MiB never reaches the portal's own code: Tomcat stops reading
 * the request at the multipart limit ({@code spring.servlet.multipart.*}) and answers 413, which Boot's error
 * controller shows as {@code templates/error/413.html}. This advice runs as that page is prepared and records the
 * refusal.
 */
@ControllerAdvice(assignableTypes = BasicErrorController.class)
@ConditionalOnWebApplication
class TooLargeUploads {

    private final Audit audit;
    private final AreaAccess access;

    TooLargeUploads(Audit audit, AreaAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @ModelAttribute
    void auditRefusedUpload(HttpServletRequest request) {
        if (Integer.valueOf(HttpStatus.CONTENT_TOO_LARGE.value()).equals(
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
                && "/submissions".equals(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            access.currentUser().ifPresent(user -> audit.record(user.email(), AuditAction.UPLOAD,
                    "refused, larger than 50 MB (nothing was read)", request.getRemoteAddr()));
        }
    }
}
