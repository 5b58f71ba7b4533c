package org.stocktake.standard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a UK financial year (1 April to 31 March), written {@code 2012-13 Q1} (standard §2).
 * Q1 is April to June; Q4 is January to March of the later calendar year.
 */
public record Period(int startYear, int quarter) implements Comparable<Period> {

    private static final Pattern YEAR_FIRST =
            Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{2})\\s*-?\\s*Q([1-4])");
    private static final Pattern QUARTER_FIRST =
            Pattern.compile("Q([1-4])\\s+(\\d{4})\\s*[-/]\\s*(\\d{2})");

    public Period {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("year out of range: " + startYear);
        }
    }

    /**
     * Reads every form the standard accepts ({@code 2012-13 Q1}, {@code 2012/13 Q1}, {@code 2012-13-Q1},
     * {@code 2012-13Q1}, {@code Q1 2012-13}, any case); empty when the text is not a period or the
     * year pair is not consecutive.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        Matcher m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = QUARTER_FIRST.matcher(s);
        if (m.matches()) {
            return of(m.group(2), m.group(3), m.group(1));
        }
        return Optional.empty();
    }

    /** Like {@link #parse} but throws with a message naming the accepted form. */
    public static Period of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text + "\" is not a reporting period; write it like 2012-13 Q1"));
    }

    private static Optional<Period> of(String year, String nextYearSuffix, String quarter) {
        int start = Integer.parseInt(year);
        int suffix = Integer.parseInt(nextYearSuffix);
        if ((start + 1) % 100 != suffix) {
            return Optional.empty();
        }
        return Optional.of(new Period(start, Integer.parseInt(quarter)));
    }

    /** The period containing a date. */
    public static Period containing(LocalDate date) {
        int month = date.getMonthValue();
        int start = month >= 4 ? date.getYear() : date.getYear() - 1;
        int quarter = month >= 4 ? (month - 4) / 3 + 1 : 4;
        return new Period(start, quarter);
    }

    public LocalDate start() {
        int month = 4 + (quarter - 1) * 3;
        return month > 12 ? LocalDate.of(startYear + 1, month - 12, 1) : LocalDate.of(startYear, month, 1);
    }

    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public Period previous() {
        return quarter == 1 ? new Period(startYear - 1, 4) : new Period(startYear, quarter - 1);
    }

    public Period next() {
        return quarter == 4 ? new Period(startYear + 1, 1) : new Period(startYear, quarter + 1);
    }

    /** True when both periods fall in the same financial year. */
    public boolean sameFinancialYear(Period other) {
        return startYear == other.startYear;
    }

    public String financialYear() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** As written in workbooks and reports: {@code 2012-13 Q1}. */
    @Override
    public String toString() {
        return financialYear() + " Q" + quarter;
    }

    /** As written in file names: {@code 2012-13-Q1}. */
    public String fileName() {
        return financialYear() + "-Q" + quarter;
    }

    @Override
    public int compareTo(Period o) {
        return startYear != o.startYear ? Integer.compare(startYear, o.startYear) : Integer.compare(quarter, o.quarter);
    }

    public boolean isAfter(Period o) {
        return compareTo(o) > 0;
    }

    public boolean isBefore(Period o) {
        return compareTo(o) < 0;
    }
}
