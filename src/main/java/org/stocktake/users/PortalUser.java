package org.stocktake.users;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it (and Spring Session stores it): e-mail, name, role and areas. The
 * password hash is only here during sign-in and erased after it.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String name;
    private final Role role;
    private final List<String> areas;
    private final boolean enabled;
    private final boolean nonLocked;
    private String passwordHash;

    private PortalUser(User user, String passwordHash, boolean enabled, boolean nonLocked) {
        this.id = user.id();
        this.email = user.email();
        this.name = user.name();
        this.role = user.role();
        this.areas = List.copyOf(user.areas());
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.passwordHash = passwordHash;
    }

    /** The user about to sign in, as of now; {@code passwordHash} null when none is set. */
    public static PortalUser of(User user, String passwordHash, Instant now) {
        // a user without a password cannot sign in, as a disabled one cannot
        return new PortalUser(user, passwordHash, !user.disabled() && passwordHash != null, !user.lockedAt(now));
    }

    /** The user as a session holds them once signed in (credentials erased). */
    public static PortalUser signedIn(User user) {
        return new PortalUser(user, null, true, true);
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    /** The register areas of a submitter, sorted; empty for the other roles. */
    public List<String> areas() {
        return areas;
    }

    public boolean hasRole(Role r) {
        return role == r;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PortalUser other && other.email.equals(email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + email + ", " + role.code() + "]";
    }
}
