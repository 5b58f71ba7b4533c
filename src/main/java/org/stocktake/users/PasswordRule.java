package org.stocktake.users;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The password rule of standard §11.1: at least 12 characters. bcrypt reads at most 72 bytes, and refuses longer
 * passwords rather than cut them, so that is the upper bound (72 characters of plain ASCII).
 */
public final class PasswordRule {

    public static final int MINIMUM = 12;
    public static final int MAXIMUM_BYTES = 72;

    private PasswordRule() {
    }

    /** What is wrong with a password, in the words the page and the command line show; empty when it is fine. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        if (password.codePointCount(0, password.length()) < MINIMUM) {
            return Optional.of("Password must be " + MINIMUM + " characters or more");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            return Optional.of("Password must be " + MAXIMUM_BYTES + " characters or fewer");
        }
        return Optional.empty();
    }
}
