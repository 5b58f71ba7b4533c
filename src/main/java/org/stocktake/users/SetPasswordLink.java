package org.stocktake.users;

import java.time.Instant;

/**
 * A one-time link where a user sets their password: {@code <stocktake.portal.url>/set-password/<token>}. The token is
 * only ever here and in the link; the database keeps its SHA-256.
 */
public record SetPasswordLink(String email, String token, String url, Instant expiresAt) {

    /** The SHA-256 of the token, as the database keeps it: it names the link without revealing it. */
    public String tokenSha256() {
        return Users.sha256(token);
    }

    @Override
    public String toString() {
        return "SetPasswordLink[" + email + ", expires " + expiresAt + "]";
    }
}
