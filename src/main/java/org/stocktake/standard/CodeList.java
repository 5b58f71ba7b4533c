package org.stocktake.standard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The closed lists of the standard (§3.1–§3.3), matched case-insensitively and ignoring surrounding spaces. */
public final class CodeList {

    public static final String FAMILIES_WITH_MULTIPLE_PROBLEMS = "Families with multiple problems";
    public static final String WHOLE_PLACE = "Whole place";
    public static final List<String> STRANDS = List.of(FAMILIES_WITH_MULTIPLE_PROBLEMS, WHOLE_PLACE, "Neighbourhood");

    public static final List<String> CENTRAL_PARTNERS =
            List.of("DCLG", "DfE", "DWP", "Home Office", "Ministry of Justice", "Department of Health");

    public static final List<String> PARTNERS = List.of("Local authority", "Police", "Health", "Jobcentre Plus",
            "Probation", "Fire and rescue", "Schools", "Voluntary and community sector", "DCLG", "DfE", "DWP",
            "Home Office", "Ministry of Justice", "Department of Health", "Other");

    public static final String LOCAL = "Local";
    public static final String CENTRAL = "Central";
    public static final List<String> SOURCES = List.of(LOCAL, CENTRAL);

    public static final String POOLED = "Pooled";
    public static final String ALIGNED = "Aligned";
    public static final List<String> ARRANGEMENTS = List.of(POOLED, ALIGNED, "Virtual pool", "In kind");

    public static final List<String> OUTCOMES = List.of("Crime and ASB", "Education", "Employment", "Multiple");

    private CodeList() {
    }

    /** The list's own spelling of a value, when the value is in the list. */
    public static Optional<String> match(List<String> list, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (String code : list) {
            if (code.equals(value)) {
                return Optional.of(code); // the usual case, without normalising (a regex) on every row
            }
        }
        String wanted = normalise(value);
        return list.stream().filter(code -> normalise(code).equals(wanted)).findFirst();
    }

    public static boolean isCentralPartner(String partner) {
        return match(CENTRAL_PARTNERS, partner).isPresent();
    }

    /** Lower case with runs of white space folded to one space and trimmed. */
    public static String normalise(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
