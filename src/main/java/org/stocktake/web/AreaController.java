package org.stocktake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stocktake.standard.Period;
import org.stocktake.storage.SubmissionDetail;
import org.stocktake.storage.SubmissionLookup;
import org.stocktake.web.Govuk.Cell;

/**
 * {@code GET /areas/{code}}: every submission of an area, by period, marking the one that counts (standard §11.2),
 * with the templates of the periods whose returns are due.
 */
@Controller
@ConditionalOnWebApplication
class AreaController {

    /** The submissions of one period (or of none, when the period could not be read). */
    record PeriodGroup(String heading, List<List<Cell>> rows) {
    }

    /** A template to download: its period and address. */
    record TemplateLink(String period, String href) {
    }

    static final List<Cell> HEAD = List.of(Cell.text("File"), Cell.text("Received"), Cell.text("Sent"),
            Cell.text("Status"), Cell.number("Errors"), Cell.number("Warnings"), Cell.text("Counts"));

    private final PortalData data;
    private final SubmissionLookup lookup;
    private final Clock clock;

    AreaController(PortalData data, SubmissionLookup lookup, Clock clock) {
        this.data = data;
        this.lookup = lookup;
        this.clock = clock;
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, Model model) {
        PortalData.Area area = data.area(code);
        List<SubmissionDetail> history = data.history(area);
        Set<Long> counting = lookup.countingOf(area.code());
        Map<String, List<List<Cell>>> byPeriod = new LinkedHashMap<>();
        for (SubmissionDetail s : history) {
            byPeriod.computeIfAbsent(s.period() == null ? "Period not read from the file" : s.period(),
                    p -> new ArrayList<>()).add(row(s, counting.contains(s.id())));
        }
        List<PeriodGroup> groups = new ArrayList<>();
        byPeriod.forEach((heading, rows) -> groups.add(new PeriodGroup(heading, rows)));
        model.addAttribute("area", area);
        model.addAttribute("groups", groups);
        model.addAttribute("head", HEAD);
        model.addAttribute("templates", templates(area));
        return "areas/show";
    }

    private static List<Cell> row(SubmissionDetail s, boolean counts) {
        return List.of(Cell.link(s.fileName(), "/submissions/" + s.id()),
                Cell.text(PortalFormats.WHEN.format(s.importedAt())),
                Cell.text(s.uploadedBy() == null ? "From the inbox" : s.uploadedBy()),
                Cell.tag(StatusTags.of(s.status())), Cell.number(s.errors()), Cell.number(s.warnings()),
                Cell.text(counts ? "Counts" : s.status().counts() ? "Replaced" : ""));
    }

    /** The templates of the period that ended last (its return is due) and the current one, where expected. */
    private List<TemplateLink> templates(PortalData.Area area) {
        Period current = Period.containing(LocalDate.now(clock));
        List<TemplateLink> links = new ArrayList<>();
        for (Period p : List.of(current.previous(), current)) {
            if (data.register().entryFor(area.code(), p).isPresent()) {
                links.add(new TemplateLink(p.toString(), "/templates/" + area.code() + "/" + p.fileName()));
            }
        }
        return links;
    }
}
