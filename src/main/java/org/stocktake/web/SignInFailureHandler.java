package org.stocktake.web;

import java.io.IOException;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back to the sign-in page after a failed attempt, with the e-mail typed kept in the form (as a flash attribute,
 * never in the address). It says that an account is locked; every other failure (wrong password, unknown e-mail,
 * disabled account, no password yet) reads the same, so the page does not tell which e-mails are users'.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String location = exception instanceof LockedException ? "/login?locked" : "/login?error";
        String typed = request.getParameter("username");
        // the security filters run before Spring MVC, so the flash map is saved here as MVC would save it
        FlashMap flash = new FlashMap();
        flash.put("username", typed == null ? "" : typed.strip());
        flash.setTargetRequestPath("/login");
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
        response.sendRedirect(location);
    }
}
