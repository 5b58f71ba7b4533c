package org.stocktake.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.audit.Audit;
import org.stocktake.audit.Audit.AuditPage;
import org.stocktake.audit.AuditEntry;
import org.stocktake.web.Govuk.Cell;

/** {@code GET /audit}: the audit table for the central team, newest first, {@value #PAGE_SIZE} rows a page. */
@Controller
@ConditionalOnWebApplication
class AuditController {

    static final int PAGE_SIZE = 50;

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "1") int page, Model model) {
        AuditPage entries = audit.page(page, PAGE_SIZE);
        model.addAttribute("total", entries.total());
        model.addAttribute("head", List.of(Cell.text("When (UK time)"), Cell.text("Who"), Cell.text("What"),
                Cell.text("From where")));
        model.addAttribute("rows", entries.entries().stream().map(AuditController::row).toList());
        model.addAttribute("pages", entries.pages() > 1
                ? Govuk.pages(entries.page(), entries.pages(), AuditController::href) : List.of());
        model.addAttribute("previous", entries.page() > 1 ? href(entries.page() - 1) : null);
        model.addAttribute("next", entries.page() < entries.pages() ? href(entries.page() + 1) : null);
        return "audit";
    }

    private static List<Cell> row(AuditEntry e) {
        String what = e.detail().isEmpty() ? e.action().label() : e.action().label() + ": " + e.detail();
        return List.of(Cell.text(PortalFormats.WHEN.format(e.occurredAt())), Cell.text(e.actor()), Cell.text(what),
                Cell.text(e.source()));
    }

    private static String href(int page) {
        return "/audit?page=" + page;
    }
}
