package org.stocktake.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots values that look like personal data in the Family records sheet (rule REC-PERSONAL-DATA): e-mail
 * addresses, National Insurance numbers, UK postcodes, phone numbers and personal names. It says only what
 * kind of data it saw, never the value, so that no message, log or report can repeat it.
 */
final class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /**
     * Two prefix letters, six digits, suffix A-D, with or without spaces. Any prefix counts, including ones
     * HMRC never issues (such as the example prefix QQ): a made-up number typed in is still to be kept out.
     */
    private static final Pattern NI_NUMBER = Pattern.compile(
            "(?i)(?<![A-Z0-9])[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![A-Z0-9])");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?i)(?<![A-Z0-9])(GIR\\s?0AA|[A-PR-UWYZ](\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRV-Y\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2})(?![A-Z0-9])");
    /** UK numbers: 0 or +44 then 9 or 10 digits, in groups separated by spaces or hyphens. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)(?:\\d[\\s-]?\\)?){9,10}(?![\\d])");
    /** Two to four words that look like names: capitalised or all capitals, letters, apostrophes, hyphens. */
    private static final Pattern NAME = Pattern.compile(
            "(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)?|[A-Z]{2,}(?:['’-][A-Z]+)?)(?:,?\\s+(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]*)?|[A-Z]{2,}(?:['’-][A-Z]+)?)){1,3}");
    /** A reference made of name-like words joined by hyphens or underscores, such as {@code Smith_John}. */
    private static final Pattern NAME_REFERENCE = Pattern.compile("[A-Z][a-z]+(?:[-_][A-Z][a-z]+)+");
    /** Headers officers add for personal details: every value under them is personal data. */
    private static final Set<String> PERSONAL_HEADERS = Set.of("name", "names", "surname", "family name",
            "forename", "forenames", "first name", "last name", "full name", "given name", "parent name",
            "child name", "head of household", "date of birth", "dob", "d.o.b.", "address", "address line 1",
            "street", "postcode", "post code", "ni number", "nino", "national insurance number",
            "national insurance no", "phone", "telephone", "telephone number", "phone number", "mobile", "email",
            "e-mail", "email address", "e-mail address", "nhs number", "upn");

    private PersonalData() {
    }

    /** What kind of personal data a family reference looks like, if any. */
    static Optional<String> inReference(String text) {
        return inText(text).or(() -> NAME_REFERENCE.matcher(text.strip()).matches()
                ? Optional.of("a personal name") : Optional.empty());
    }

    /** What kind of personal data a free-text value looks like, if any. */
    static Optional<String> inText(String text) {
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            return Optional.of("an e-mail address");
        }
        if (hasDigit(text)) {
            if (NI_NUMBER.matcher(text).find()) {
                return Optional.of("a National Insurance number");
            }
            if (POSTCODE.matcher(text).find()) {
                return Optional.of("a postcode");
            }
            if (PHONE.matcher(text).find()) {
                return Optional.of("a phone number");
            }
        } else if (text.indexOf(' ') > 0 && NAME.matcher(text.strip()).matches()) {
            return Optional.of("a personal name");
        }
        return Optional.empty();
    }

    /** True for a header under which every value is personal data (a column such as {@code Surname}). */
    static boolean isPersonalHeader(String header) {
        return PERSONAL_HEADERS.contains(Labels.normalise(header).toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
