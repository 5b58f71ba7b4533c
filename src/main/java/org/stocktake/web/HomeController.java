package org.stocktake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stocktake.reference.Register;
import org.stocktake.standard.Period;
import org.stocktake.storage.ReferenceStore;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.PortalUser;
import org.stocktake.web.Govuk.Row;

/** {@code GET /}: what this user can do, the current period and their areas (standard §11.2). */
@Controller
@ConditionalOnWebApplication
class HomeController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PortalLinks links;
    private final ReferenceStore reference;
    private final AreaAccess access;
    private final Clock clock;

    HomeController(PortalLinks links, ReferenceStore reference, AreaAccess access, Clock clock) {
        this.links = links;
        this.reference = reference;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        Period period = Period.containing(LocalDate.now(clock));
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Role", roleText(user)));
        rows.add(Row.of("Current period", period + " (" + period.start().format(DAY) + " to "
                + period.end().format(DAY) + ")"));
        AreaAccess.Scope scope = access.scope();
        if (scope.allAreas()) {
            rows.add(Row.of("Areas", "Every area in the register"));
        } else if (!scope.areas().isEmpty()) {
            Register register = reference.register();
            rows.add(Row.list(scope.areas().size() == 1 ? "Your area" : "Your areas", scope.areas().stream()
                    .map(code -> register.areaName(code).map(name -> name + " (" + code + ")").orElse(code))
                    .toList()));
        }
        model.addAttribute("summary", rows);
        model.addAttribute("actions", links.allowed(authentication));
        return "home";
    }

    private static String roleText(PortalUser user) {
        return switch (user.role()) {
            case SUBMITTER -> "Submitter: you send your areas' returns";
            case CENTRAL -> "Central team: every area, the tracker, the packs and the users";
            case STEERING -> "Steering group: the tracker and the pack of every period";
        };
    }
}
