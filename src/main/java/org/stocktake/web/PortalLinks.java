package org.stocktake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import org.stocktake.standard.Period;
import org.stocktake.web.Govuk.NavItem;

/**
 * The portal's destinations, for the navigation and the home page. Whether a user sees a link is asked of the route
 * rules in {@link SecurityConfiguration}, so who may use a route is decided in one place only.
 */
@Component
@ConditionalOnWebApplication
class PortalLinks {

    /** A destination: what it is called, where, and what the user does there. */
    record Link(String text, String href, String description) {
    }

    private static final Link HOME = new Link("Home", "/", "");

    private final WebInvocationPrivilegeEvaluator routes;
    private final Clock clock;

    PortalLinks(WebInvocationPrivilegeEvaluator routes, Clock clock) {
        this.routes = routes;
        this.clock = clock;
    }

    /** The period whose returns are due now: the one that ended last (the tracker and pack links open it). */
    Period duePeriod() {
        return Period.containing(LocalDate.now(clock)).previous();
    }

    private List<Link> destinations() {
        Period due = duePeriod();
        return List.of(
                new Link("Upload a return", "/submissions/new", "Send a return workbook: it is checked at once, and"
                        + " you see what is wrong and can download your feedback."),
                new Link("Tracker", "/periods/" + due.fileName(), "Where every area's return for " + due
                        + " stands, with the reconciliation findings."),
                new Link("Stocktake pack", "/periods/" + due.fileName() + "/pack", "The pack for " + due
                        + " as a web page, and as the PDF the steering group receives."),
                new Link("Audit log", "/audit", "Every sign-in (and failed attempt), upload, download and user"
                        + " change: who, when and from where, newest first."));
    }

    /** The destinations this user may open, in the order they are listed. */
    List<Link> allowed(Authentication user) {
        return destinations().stream().filter(link -> routes.isAllowed("", link.href(), "GET", user)).toList();
    }

    /** The service navigation: home, then what this user may open; {@code path} marks the current page. */
    List<NavItem> navigation(Authentication user, String path) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem(HOME.text(), HOME.href(), HOME.href().equals(path)));
        allowed(user).forEach(link -> items.add(new NavItem(link.text(), link.href(), current(link, path))));
        return items;
    }

    /** The page is the link's, or one of its kind (another period's tracker or pack). */
    private static boolean current(Link link, String path) {
        if (link.href().equals(path)) {
            return true;
        }
        if (link.href().startsWith("/periods/") && path.startsWith("/periods/")) {
            return link.href().endsWith("/pack") == path.endsWith("/pack");
        }
        return false;
    }
}
