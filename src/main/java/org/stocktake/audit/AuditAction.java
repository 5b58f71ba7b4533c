package org.stocktake.audit;

/** What an audit row records (standard §11.2: sign-ins and failures, uploads, downloads, user changes). */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    ACCOUNT_LOCKED("Account locked"),
    UPLOAD("Uploaded"),
    DOWNLOAD("Downloaded"),
    USER_ADDED("User added"),
    USER_DISABLED("User disabled"),
    SET_PASSWORD_LINK("Set-password link issued"),
    PASSWORD_SET("Password set");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** As the audit page shows it. */
    public String label() {
        return label;
    }
}
