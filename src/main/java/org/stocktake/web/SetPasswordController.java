package org.stocktake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.stocktake.users.PasswordRule;
import org.stocktake.users.User;
import org.stocktake.users.UserException;
import org.stocktake.users.Users;
import org.stocktake.web.Govuk.ErrorLink;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /set-password/{token}}: where a new user sets their password through the one-time link that
 * {@code users add} prints (valid 7 days, single use). An unknown, used or expired link answers 404 with a page that
 * says so and what to do.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("/set-password/{token}")
class SetPasswordController {

    private final Users users;

    SetPasswordController(Users users) {
        this.users = users;
    }

    @GetMapping
    ModelAndView form(@PathVariable String token) {
        return users.setPasswordLinkUser(token).map(user -> page(token, user, List.of(), null, null))
                .orElseGet(SetPasswordController::linkInvalid);
    }

    @PostMapping
    ModelAndView set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword, HttpServletRequest request) {
        Optional<User> user = users.setPasswordLinkUser(token);
        if (user.isEmpty()) {
            return linkInvalid();
        }
        String passwordError = PasswordRule.problem(password).orElse(null);
        String confirmError = passwordError == null && !password.equals(confirmPassword)
                ? "Enter the same password in both boxes" : null;
        if (passwordError != null || confirmError != null) {
            List<ErrorLink> errors = new ArrayList<>();
            if (passwordError != null) {
                errors.add(new ErrorLink(passwordError, "#password"));
            }
            if (confirmError != null) {
                errors.add(new ErrorLink(confirmError, "#confirmPassword"));
            }
            return page(token, user.get(), errors, passwordError, confirmError);
        }
        try {
            users.setPassword(token, password, request.getRemoteAddr());
        } catch (UserException e) {
            // used up by another request in the meantime
            return linkInvalid();
        }
        ModelAndView done = new ModelAndView("redirect:/login?password-set");
        done.setStatus(HttpStatus.SEE_OTHER);
        return done;
    }

    private static ModelAndView page(String token, User user, List<ErrorLink> errors, String passwordError,
            String confirmError) {
        ModelAndView page = new ModelAndView("users/set-password");
        page.addObject("token", token);
        page.addObject("email", user.email());
        page.addObject("errors", errors);
        page.addObject("passwordError", passwordError);
        page.addObject("confirmError", confirmError);
        page.addObject("minimum", PasswordRule.MINIMUM);
        return page;
    }

    private static ModelAndView linkInvalid() {
        return new ModelAndView("users/link-invalid", HttpStatus.NOT_FOUND);
    }
}
