package org.stocktake.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;
import org.stocktake.period.AreaReport;
import org.stocktake.period.Headline;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.Rejection;
import org.stocktake.standard.Finding;
import org.stocktake.standard.Period;
import org.stocktake.standard.Severity;
import org.stocktake.web.Govuk.Cell;

/**
 * The tracker of a period ({@code GET /periods/{period}}): what {@code status} prints, from the same period model:
 * per area where its return stands and how many findings it has, the headline counts and the findings. The central
 * team's tracker links each area and the return behind its status; the steering group's names no submission.
 */
final class TrackerPage {

    /** Another period's tracker. */
    record PeriodLink(String period, String href) {

        static PeriodLink of(Period p) {
            return new PeriodLink(p.toString(), "/periods/" + p.fileName());
        }
    }

    private TrackerPage() {
    }

    static void fill(Model model, PeriodReport report, boolean central, Period current) {
        Period period = report.period();
        Headline h = report.headline();
        model.addAttribute("period", period);
        model.addAttribute("headline", "Expected " + h.expected() + ": accepted " + h.accepted() + ", with warnings "
                + h.acceptedWithWarnings() + ", rejected " + h.rejected() + ", missing " + h.missing() + ".");
        model.addAttribute("counts", List.of(
                List.of(Cell.text("Expected"), Cell.number(h.expected())),
                List.of(Cell.text("Accepted"), Cell.number(h.accepted())),
                List.of(Cell.text("Accepted with warnings"), Cell.number(h.acceptedWithWarnings())),
                List.of(Cell.text("Rejected"), Cell.number(h.rejected())),
                List.of(Cell.text("Missing"), Cell.number(h.missing()))));
        List<Cell> head = new ArrayList<>(List.of(Cell.text("Area"), Cell.text("Code"), Cell.text("Status")));
        if (central) {
            head.add(Cell.text("Return"));
        }
        head.add(Cell.number("Findings"));
        model.addAttribute("head", head);
        model.addAttribute("rows", report.areas().stream().map(a -> row(a, central)).toList());
        model.addAttribute("findingsHead", List.of(Cell.text("Area"), Cell.text("Rule"), Cell.text("Severity"),
                Cell.text("Message")));
        model.addAttribute("findings", report.findings().stream().map(f -> finding(f, report)).toList());
        model.addAttribute("previous", PeriodLink.of(period.previous()));
        model.addAttribute("next", period.isBefore(current) ? PeriodLink.of(period.next()) : null);
    }

    private static List<Cell> row(AreaReport a, boolean central) {
        List<Cell> row = new ArrayList<>();
        row.add(central ? Cell.link(a.areaName(), "/areas/" + a.areaCode()) : Cell.text(a.areaName()));
        row.add(Cell.text(a.areaCode()));
        row.add(Cell.tag(StatusTags.of(a.status())));
        if (central) {
            row.add(returnCell(a));
        }
        row.add(Cell.number(a.findings().size()));
        return row;
    }

    /** The return behind the area's status: the one that counts, or the latest rejected one. */
    private static Cell returnCell(AreaReport a) {
        if (a.counts()) {
            return Cell.link("Submission " + a.countingReturn().submissionId(),
                    "/submissions/" + a.countingReturn().submissionId());
        }
        if (!a.rejections().isEmpty()) {
            Rejection latest = a.rejections().get(a.rejections().size() - 1);
            return Cell.link("Submission " + latest.submissionId(), "/submissions/" + latest.submissionId());
        }
        return Cell.text("None received");
    }

    private static List<Cell> finding(Finding f, PeriodReport report) {
        String area = report.area(f.areaCode()).map(AreaReport::label)
                .orElse(f.areaCode());
        return List.of(Cell.text(area), Cell.text(f.rule().id()),
                Cell.text(f.severity() == Severity.ERROR ? "Error" : f.severity() == Severity.WARNING ? "Warning"
                        : "Information"), Cell.text(f.message()));
    }
}
