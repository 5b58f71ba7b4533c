package org.stocktake.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.web.Govuk.ErrorLink;

/**
 * The sign-in page. Spring Security takes the form's {@code POST /login}; this shows the form, with what went wrong
 * ({@code ?error}, {@code ?locked}: see {@link SignInFailureHandler}) or what just happened ({@code ?signed-out},
 * {@code ?password-set}).
 */
@Controller
@ConditionalOnWebApplication
class LoginController {

    static final String FAILED = "Enter the email address and password of your account";
    static final String LOCKED = "Your account is locked after 5 failed sign-ins in a row. Try again in 15 minutes.";

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(name = "password-set", required = false) String passwordSet, Model model) {
        String problem = locked != null ? LOCKED : error != null ? FAILED : null;
        model.addAttribute("errors", problem == null ? List.of() : List.of(new ErrorLink(problem, "#username")));
        model.addAttribute("usernameError", problem);
        model.addAttribute("banner", signedOut != null ? "You have signed out"
                : passwordSet != null ? "Your password is set: sign in with it" : null);
        return "login";
    }
}
