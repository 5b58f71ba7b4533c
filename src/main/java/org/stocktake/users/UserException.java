package org.stocktake.users;

/** A user change that cannot be made, with a message for the person who asked. */
public final class UserException extends RuntimeException {

    /** Why: the request itself is wrong (a usage error), or the users as they are do not allow it. */
    public enum Kind {
        INVALID, CONFLICT, NOT_FOUND
    }

    private final Kind kind;

    UserException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
