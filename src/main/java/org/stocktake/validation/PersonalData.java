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
    /** UK numbers: 0 or +44 then 9 or 10 digits, in groups separated by spaces or hyphens, area code in brackets or not. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)(?:\\d\\)?[\\s-]?){9,10}(?![\\d])");
    /**
     * One word of a name: capitalised ({@code Smith}), with a prefix ({@code O'Neil}, {@code McDonald}),
     * double-barrelled ({@code Mary-Jane}), or all capitals ({@code SMITH}, {@code O'NEIL}).
     */
    private static final String NAME_WORD = "(?:(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’-][A-Za-z][a-z]*)*"
            + "|[A-Z]{2,}(?:['’-][A-Z]+)*|[A-Z]['’][A-Z]{2,})";
    /** Two to four name words, optionally with a comma after the first ({@code SMITH, John}). */
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?:,?\\s+" + NAME_WORD + "){1,3}");
    /** A reference made of name-like words joined by hyphens or underscores, such as {@code Smith_John}. */
    private static final Pattern NAME_REFERENCE = Pattern.compile(
            "(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-_](?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?)+");
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
        return inText(text).or(() -> mayBeNameReference(text) && NAME_REFERENCE.matcher(text.strip()).matches()
                ? Optional.of("a personal name") : Optional.empty());
    }

    /**
     * Whether {@link #NAME_REFERENCE} can match: it needs a lower-case letter and a hyphen or underscore. Most
     * references ({@code BHM-00042}) have no lower-case letter, and skip the regex.
     */
    private static boolean mayBeNameReference(String text) {
        boolean lower = false;
        boolean joiner = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            joiner |= c == '-' || c == '_';
        }
        return lower && joiner;
    }

    /** What kind of personal data a free-text value looks like, if any. */
    static Optional<String> inText(String text) {
        if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
            return Optional.of("an e-mail address");
        }
        Shape shape = Shape.of(text);
        if (shape.digits() > 0) {
            // the regexes run only where the cheap shape allows a match: most references skip all three
            if (shape.letterAfterSixDigits() && NI_NUMBER.matcher(text).find()) {
                return Optional.of("a National Insurance number");
            }
            if (shape.digitThenLetter() && POSTCODE.matcher(text).find()) {
                return Optional.of("a postcode");
            }
            if (shape.digits() >= 10 && PHONE.matcher(text).find()) {
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

    /**
     * What a value must contain for each pattern to have a chance, found in one pass: an NI number ends with a
     * letter after six digits; a postcode's inward code is a digit then letters (a space allowed between);
     * a UK phone number has at least ten digits (0 and nine more, or 44 and nine more).
     */
    record Shape(int digits, boolean letterAfterSixDigits, boolean digitThenLetter) {

        static Shape of(String text) {
            int digits = 0;
            boolean letterAfterSix = false;
            boolean digitThenLetter = false;
            int lastDigit = -3;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                    digits++;
                    lastDigit = i;
                } else if (Character.isLetter(c)) {
                    letterAfterSix |= digits >= 6;
                    digitThenLetter |= lastDigit == i - 1
                            || lastDigit == i - 2 && Character.isWhitespace(text.charAt(i - 1));
                }
            }
            return new Shape(digits, letterAfterSix, digitThenLetter);
        }
    }
}
