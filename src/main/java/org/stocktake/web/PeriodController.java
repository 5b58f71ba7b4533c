package org.stocktake.web;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.audit.Audit;
import org.stocktake.audit.AuditAction;
import org.stocktake.pack.PackModel;
import org.stocktake.period.PeriodReports;
import org.stocktake.standard.Period;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A period for the central team and the steering group (standard §11.2): {@code GET /periods/{period}} the tracker
 * (the {@code status} command's content), {@code GET /periods/{period}/pack.pdf} the stocktake pack as {@code pack}
 * writes it, and {@code GET /periods/{period}/pack} the same pack as an accessible HTML page. A period is written
 * {@code 2012-13-Q1}; one after the current period answers 404.
 */
@Controller
@ConditionalOnWebApplication
class PeriodController {

    private final PeriodReports reports;
    private final PackEditions packs;
    private final AreaAccess access;
    private final Audit audit;
    private final Clock clock;

    PeriodController(PeriodReports reports, PackEditions packs, AreaAccess access, Audit audit, Clock clock) {
        this.reports = reports;
        this.packs = packs;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/periods/{period}")
    String tracker(@PathVariable String period, Model model) {
        Period p = period(period);
        TrackerPage.fill(model, reports.load(p), access.scope().allAreas(), current());
        return "periods/tracker";
    }

    @GetMapping("/periods/{period}/pack")
    String pack(@PathVariable String period, Model model) {
        Period p = period(period);
        PackModel pack = packs.html(p);
        model.addAttribute("pack", pack);
        model.addAttribute("asOf", PortalFormats.DAY.format(LocalDate.now(clock)));
        model.addAttribute("charts", PackPage.charts(pack));
        model.addAttribute("areaTags", pack.areaSections().stream().collect(Collectors.toMap(
                PackModel.AreaSection::areaCode, a -> StatusTags.of(a.status()))));
        return "periods/pack";
    }

    @GetMapping("/periods/{period}/pack.pdf")
    void packPdf(@PathVariable String period, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Period p = period(period);
        Path pdf = packs.pdf(p);
        // one open file for its size and its bytes: a render finishing meanwhile moves a new file over the name
        try (FileChannel file = FileChannel.open(pdf)) {
            Downloads.start(response, "application/pdf", pdf.getFileName().toString(), file.size());
            // audited before the body: a client holding the whole body may read the audit at once
            audit.record(request.getUserPrincipal().getName(), AuditAction.DOWNLOAD, "stocktake pack " + p,
                    request.getRemoteAddr());
            Channels.newInputStream(file).transferTo(response.getOutputStream());
        }
    }

    private Period current() {
        return Period.containing(LocalDate.now(clock));
    }

    /** The period of the address, not after the current one. */
    private Period period(String text) {
        Period p = Period.parse(text).orElseThrow(() -> new NotFoundException("not a period: " + text));
        if (p.isAfter(current())) {
            throw new NotFoundException("a period still to come: " + p);
        }
        return p;
    }
}
