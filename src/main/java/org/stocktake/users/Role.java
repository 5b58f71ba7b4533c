package org.stocktake.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's roles (standard §11.1), written in lower case on the command line and in the database. */
public enum Role {

    /** Downloads templates, uploads returns and sees the submissions of their own areas. */
    SUBMITTER,
    /** The central team: everything, for every area. */
    CENTRAL,
    /** The steering group: the tracker and the pack of every period; no submission, feedback or original. */
    STEERING;

    /** As written on the command line and stored: {@code submitter}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority: {@code ROLE_SUBMITTER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
