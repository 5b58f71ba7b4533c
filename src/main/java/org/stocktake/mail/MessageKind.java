package org.stocktake.mail;

/** The messages of standard §12 (and §11.1's set-password link), as the outbox names them. */
public enum MessageKind {
    FEEDBACK("feedback"), PACK("pack"), REMINDER("reminder"), SET_PASSWORD("set-password");

    private final String code;

    MessageKind(String code) {
        this.code = code;
    }

    /** As stored in {@code outbox_message.kind} and as message keys begin. */
    public String code() {
        return code;
    }
}
