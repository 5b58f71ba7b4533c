package org.stocktake.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Matching of labels and column headers: any case, surrounding spaces, a trailing ':' or '*', a trailing '(£)'. */
final class Labels {

    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:*]+$");
    private static final Pattern TRAILING_POUND = Pattern.compile("\\s*\\(\\s*£\\s*\\)\\s*$");

    private Labels() {
    }

    static String normalise(String text) {
        String s = text.strip();
        String previous;
        do {
            previous = s;
            s = TRAILING_MARKS.matcher(s).replaceAll("");
            s = TRAILING_POUND.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
