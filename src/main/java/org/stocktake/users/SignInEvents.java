package org.stocktake.users;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards the lock and audits every sign-in and failure, with the remote address. */
@Component
class SignInEvents {

    private final Users users;

    SignInEvents(Users users) {
        this.users = users;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.signedIn(event.getAuthentication().getName(), source(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        users.signInFailed(event.getAuthentication().getName(), source(event.getAuthentication()));
    }

    private static String source(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
