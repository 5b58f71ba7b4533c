package org.stocktake.users;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.stocktake.storage.UserStore;

/** Spring Security's view of the users: the sign-in form's {@code username} is the e-mail, in any case. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserStore store;
    private final Clock clock;

    PortalUserDetailsService(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        return store.forSignIn(Users.normalise(username))
                .map(r -> PortalUser.of(r.user(), r.passwordHash(), clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
