package org.stocktake.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
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

    private static final List<Link> DESTINATIONS = List.of(
            new Link("Audit log", "/audit", "Every sign-in (and failed attempt), upload, download and user change:"
                    + " who, when and from where, newest first."));

    private final WebInvocationPrivilegeEvaluator routes;

    PortalLinks(WebInvocationPrivilegeEvaluator routes) {
        this.routes = routes;
    }

    /** The destinations this user may open, in the order they are listed. */
    List<Link> allowed(Authentication user) {
        return DESTINATIONS.stream().filter(link -> routes.isAllowed("", link.href(), "GET", user)).toList();
    }

    /** The service navigation: home, then what this user may open; {@code path} marks the current page. */
    List<NavItem> navigation(Authentication user, String path) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem(HOME.text(), HOME.href(), HOME.href().equals(path)));
        allowed(user).forEach(link -> items.add(new NavItem(link.text(), link.href(), link.href().equals(path))));
        return items;
    }
}
