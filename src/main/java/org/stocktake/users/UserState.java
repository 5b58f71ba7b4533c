package org.stocktake.users;

/** Whether a user can sign in now, as {@code users list} prints it. */
public enum UserState {
    ACTIVE("active"),
    LOCKED("locked"),
    DISABLED("disabled"),
    PASSWORD_NOT_SET("password not set");

    private final String label;

    UserState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
