package org.stocktake.web;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stocktake.users.AreaAccess;
import org.stocktake.users.PortalUser;

import jakarta.servlet.http.HttpServletRequest;

/** What the layout of every page shows: the service name, the signed-in user and the navigation. */
@ControllerAdvice
@ConditionalOnWebApplication
class PortalModel {

    static final String SERVICE_NAME = "Submit a stocktake return";

    private final AreaAccess access;
    private final PortalLinks links;

    PortalModel(AreaAccess access, PortalLinks links) {
        this.access = access;
        this.links = links;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        model.addAttribute("serviceName", SERVICE_NAME);
        Optional<PortalUser> user = access.currentUser();
        model.addAttribute("currentUser", user.orElse(null));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("navigation", user.isPresent()
                ? links.navigation(authentication, request.getRequestURI()) : List.of());
    }
}
