package org.stocktake.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Period;
import org.stocktake.template.ReturnTemplate;
import org.stocktake.users.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /templates/{code}/{period}}: the blank return of §10's {@code template} for an area and period (written
 * {@code 2012-13-Q1}), pre-filled from the register, for the area's submitters and the central team; 404 for an
 * area the register does not expect in that period.
 */
@Controller
@ConditionalOnWebApplication
class TemplateController {

    private final PortalData data;
    private final Audit audit;

    TemplateController(PortalData data, Audit audit) {
        this.data = data;
        this.audit = audit;
    }

    @GetMapping("/templates/{code}/{period}")
    void template(@PathVariable String code, @PathVariable String period, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Period p = Period.parse(period).orElseThrow(() -> new NotFoundException("not a period: " + period));
        RegisterEntry entry = data.expected(code, p);
        Path work = Files.createTempDirectory("stocktake-template-");
        try {
            Path template = ReturnTemplate.write(data.register(), entry.areaCode(), p, work);
            Downloads.start(response, SubmissionDownloads.XLSX, template.getFileName().toString(),
                    Files.size(template));
            audit.record(request.getUserPrincipal().getName(), AuditAction.DOWNLOAD, "template for "
                    + entry.areaCode() + " " + p, request.getRemoteAddr());
            Files.copy(template, response.getOutputStream());
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }
}
