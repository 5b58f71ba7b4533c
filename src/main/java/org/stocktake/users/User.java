package org.stocktake.users;

import java.time.Instant;
import java.util.List;

/**
 * A portal user as stored (standard §11.1). The e-mail is lower-case; {@code areas} are the register areas of a
 * submitter, sorted (empty for the other roles). The password hash is not part of it: only sign-in reads that.
 */
public record User(long id, String email, String name, Role role, List<String> areas, boolean passwordSet,
        int failedSignIns, Instant lockedUntil, Instant disabledAt) {

    public User {
        areas = List.copyOf(areas);
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public UserState state(Instant now) {
        if (disabled()) {
            return UserState.DISABLED;
        }
        if (lockedAt(now)) {
            return UserState.LOCKED;
        }
        return passwordSet ? UserState.ACTIVE : UserState.PASSWORD_NOT_SET;
    }
}
