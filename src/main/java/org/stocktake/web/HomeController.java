package org.stocktake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stocktake.period.AreaReport;
import org.stocktake.period.Headline;
import org.stocktake.period.PeriodReport;
import org.stocktake.period.PeriodReports;
import org.stocktake.reference.Register;
import org.stocktake.standard.Period;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.PortalUser;
import org.stocktake.web.Govuk.Cell;
import org.stocktake.web.Govuk.Row;

/**
 * {@code GET /}: what this user can do, the current period, their areas and their open actions (standard §11.2): for
 * a submitter, where each of their areas' returns for the period that ended last (now due) and the current one
 * stands, with what to do next; for the central team and the steering group, where the due period's returns stand.
 */
@Controller
@ConditionalOnWebApplication
class HomeController {

    static final List<Cell> RETURNS_HEAD = List.of(Cell.text("Area"), Cell.text("Period"), Cell.text("Status"),
            Cell.text("Next step"));

    private final PortalLinks links;
    private final PortalData data;
    private final PeriodReports reports;
    private final AreaAccess access;
    private final Clock clock;

    HomeController(PortalLinks links, PortalData data, PeriodReports reports, AreaAccess access, Clock clock) {
        this.links = links;
        this.data = data;
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        Period current = Period.containing(LocalDate.now(clock));
        Period due = links.duePeriod();
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Role", roleText(user)));
        rows.add(Row.of("Current period", current + " (" + current.start().format(PortalFormats.DAY) + " to "
                + current.end().format(PortalFormats.DAY) + ")"));
        AreaAccess.Scope scope = access.scope();
        Register register = data.register();
        if (scope.allAreas()) {
            rows.add(Row.of("Areas", "Every area in the register"));
        } else if (!scope.areas().isEmpty()) {
            rows.add(Row.list(scope.areas().size() == 1 ? "Your area" : "Your areas", scope.areas().stream()
                    .map(code -> register.areaName(code).map(name -> name + " (" + code + ")").orElse(code))
                    .toList()));
        }
        model.addAttribute("summary", rows);
        model.addAttribute("actions", links.allowed(authentication));
        model.addAttribute("due", due);
        if (!scope.allAreas() && !scope.areas().isEmpty()) {
            model.addAttribute("returnsHead", RETURNS_HEAD);
            model.addAttribute("returns", yourReturns(scope.areas(), List.of(due, current), current));
            model.addAttribute("areaLinks", scope.areas().stream()
                    .map(code -> new PortalData.Area(code, register.areaName(code).orElse(code))).toList());
        } else {
            model.addAttribute("dueSummary", dueSummary(reports.load(due).headline()));
        }
        return "home";
    }

    /** One row per area of the user and period the register expects: where its return stands, what to do next. */
    private List<List<Cell>> yourReturns(List<String> areas, List<Period> periods, Period current) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Period period : periods) {
            PeriodReport report = reports.load(period);
            for (String code : areas) {
                report.area(code).ifPresent(a -> rows.add(List.of(Cell.text(a.areaName()),
                        Cell.text(period + (period.equals(current) ? " (current)" : "")),
                        Cell.tag(StatusTags.of(a.status())), nextStep(a, period))));
            }
        }
        return rows;
    }

    private static Cell nextStep(AreaReport a, Period period) {
        return switch (a.status()) {
            case MISSING -> Cell.link("Download the template for " + period,
                    "/templates/" + a.areaCode() + "/" + period.fileName());
            case REJECTED -> Cell.link("See why it was rejected", "/submissions/"
                    + a.rejections().get(a.rejections().size() - 1).submissionId());
            case ACCEPTED, ACCEPTED_WITH_WARNINGS -> Cell.link("See the return that counts",
                    "/submissions/" + a.countingReturn().submissionId());
        };
    }

    private static String dueSummary(Headline h) {
        return h.expected() + " returns expected: " + h.accepted() + " accepted, " + h.acceptedWithWarnings()
                + " accepted with warnings, " + h.rejected() + " rejected, " + h.missing() + " missing.";
    }

    private static String roleText(PortalUser user) {
        return switch (user.role()) {
            case SUBMITTER -> "Submitter: you send your areas' returns";
            case CENTRAL -> "Central team: every area, the tracker, the packs and the users";
            case STEERING -> "Steering group: the tracker and the pack of every period";
        };
    }
}
