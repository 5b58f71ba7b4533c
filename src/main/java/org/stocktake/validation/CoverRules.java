package org.stocktake.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.Rule;
import org.stocktake.standard.TextValues;
import org.stocktake.workbook.Cell;

/** Reads and checks the Cover sheet (standard §3.1, rules TPL-*, COV-*). Fields that fail stay null. */
final class CoverRules {

    private static final Pattern TEMPLATE_VERSION = Pattern.compile("1(\\.\\d+)?");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final Register register;
    private final LocalDate asOf;

    CoverRules(Register register, LocalDate asOf) {
        this.register = register;
        this.asOf = asOf;
    }

    Cover read(LabelSheet sheet, Issues issues) {
        String version = required(sheet, CoverLabels.TEMPLATE_VERSION, issues).map(c -> {
            String text = CellValues.text(c);
            if (!TEMPLATE_VERSION.matcher(text).matches()) {
                issues.at(Rule.TPL_VERSION, c, "template version " + CellValues.quote(c)
                        + " is not one this standard reads; use the current template (version 1 or 1.n)");
                return null;
            }
            return text;
        }).orElse(null);

        String areaCode = required(sheet, CoverLabels.AREA_CODE, issues).map(c -> {
            String code = CellValues.text(c).toUpperCase(Locale.ROOT);
            if (!TextValues.isGssCode(code)) {
                issues.at(Rule.COV_AREA_FORMAT, c, CellValues.quote(c)
                        + " is not an area code; enter the area's ONS GSS code, E followed by 8 digits, such as E08000025");
                return null;
            }
            if (!register.knows(code)) {
                issues.at(Rule.COV_AREA_UNKNOWN, c, "area code " + code
                        + " is not in the register of pilot areas; check the code, or ask the central team to register the area");
                return null;
            }
            return code;
        }).orElse(null);

        String areaName = required(sheet, CoverLabels.AREA_NAME, issues).map(c -> {
            String name = CellValues.text(c);
            if (areaCode != null) {
                register.areaName(areaCode).filter(expected -> !squash(expected).equals(squash(name)))
                        .ifPresent(expected -> issues.warningAt(Rule.COV_AREA_NAME, c.sheet(), c.ref(),
                                "area name \"" + name + "\" differs from the register's \"" + expected
                                        + "\" for " + areaCode + "; write \"" + expected + "\""));
            }
            return name;
        }).orElse(null);

        Period period = required(sheet, CoverLabels.PERIOD, issues).map(c -> {
            Optional<Period> parsed = c.kind() == Cell.Kind.TEXT ? Period.parse(c.text()) : Optional.empty();
            if (parsed.isEmpty()) {
                issues.at(Rule.COV_PERIOD_FORMAT, c, CellValues.quote(c)
                        + " is not a reporting period; write the financial year and quarter, such as 2012-13 Q1");
                return null;
            }
            Period p = parsed.get();
            Period current = Period.containing(asOf);
            if (p.isAfter(current)) {
                issues.at(Rule.COV_PERIOD_RANGE, c, "period " + p + " is after the current period " + current
                        + "; returns are made for a quarter once it has begun");
            } else if (areaCode != null) {
                register.firstPeriod(areaCode).filter(p::isBefore).ifPresent(first ->
                        issues.at(Rule.COV_PERIOD_RANGE, c, "period " + p + " is before " + first
                                + ", the first period the register expects from " + areaCode));
            }
            return p;
        }).orElse(null);

        String strand = required(sheet, CoverLabels.STRAND, issues).map(c -> {
            List<String> strands = CoverLabels.STRAND.codes();
            Optional<String> valid = CodeList.match(strands, CellValues.text(c));
            if (valid.isEmpty()) {
                issues.at(Rule.COV_STRAND, c, "programme strand " + CellValues.quote(c) + " is not one of "
                        + String.join(", ", strands.stream().map(s -> "\"" + s + "\"").toList()));
                return null;
            }
            if (areaCode != null && period != null) {
                register.entryFor(areaCode, period).map(RegisterEntry::strand)
                        .filter(expected -> !expected.equals(valid.get()))
                        .ifPresent(expected -> issues.warningAt(Rule.COV_STRAND, c.sheet(), c.ref(),
                                "programme strand \"" + valid.get() + "\" is not the register's strand for "
                                        + areaCode + " in " + period + " (\"" + expected + "\"); check which strand this return is for"));
            }
            return valid.get();
        }).orElse(null);

        String contactName = required(sheet, CoverLabels.CONTACT_NAME, issues).map(CellValues::text).orElse(null);

        String email = required(sheet, CoverLabels.CONTACT_EMAIL, issues).map(c -> {
            String text = CellValues.text(c);
            if (!EMAIL.matcher(text).matches()) {
                issues.at(Rule.COV_EMAIL, c, CellValues.quote(c)
                        + " is not an e-mail address; enter one such as name@council.gov.uk");
                return null;
            }
            return text;
        }).orElse(null);

        String signedOffBy = required(sheet, CoverLabels.SIGNED_OFF_BY, issues).map(c -> {
            String text = CellValues.text(c);
            if (contactName != null && squash(contactName).equals(squash(text))) {
                issues.warningAt(Rule.COV_SIGNOFF_SELF, c.sheet(), c.ref(),
                        "the return is signed off by its contact; it should be certified by another officer");
            }
            return text;
        }).orElse(null);

        LocalDate signedOffOn = required(sheet, CoverLabels.SIGNED_OFF_ON, issues).map(c -> {
            Optional<LocalDate> date = CellValues.date(c);
            if (date.isEmpty()) {
                issues.at(Rule.COV_SIGNOFF_DATE, c, CellValues.quote(c)
                        + " is not a date; enter the date of sign-off as a date, such as 15/07/2012");
                return null;
            }
            LocalDate d = date.get();
            if (d.isAfter(asOf)) {
                issues.at(Rule.COV_SIGNOFF_DATE, c, "sign-off date " + d + " is in the future (after " + asOf
                        + "); enter the date the return was actually signed off");
            } else if (period != null && d.isBefore(period.start())) {
                issues.at(Rule.COV_SIGNOFF_DATE, c, "sign-off date " + d + " is before the period " + period
                        + " began (" + period.start() + "); a return is signed off during or after its quarter");
            }
            return d;
        }).orElse(null);

        return new Cover(version, areaCode, areaName, period, strand, contactName, email, signedOffBy, signedOffOn);
    }

    /** The value of a required label; records TPL-FIELD-MISSING, COV-REQUIRED or CELL-FORMULA as it goes. */
    private static Optional<Cell> required(LabelSheet sheet, Field field, Issues issues) {
        Optional<Integer> row = sheet.rowOf(field);
        if (row.isEmpty()) {
            issues.add(LabelSheet.missing(sheet.sheet(), field));
            return Optional.empty();
        }
        Optional<Cell> value = sheet.valueOn(row.get());
        if (value.isEmpty()) {
            issues.at(Rule.COV_REQUIRED, sheet.sheet(), sheet.valueRef(row.get()),
                    "\"" + field.label() + "\" is blank; enter it in column B");
            return Optional.empty();
        }
        if (value.get().kind() == Cell.Kind.FORMULA_ERROR) {
            issues.at(Rule.CELL_FORMULA, value.get(), "the formula has no usable value (" + value.get().text()
                    + "); type the value in instead");
            return Optional.empty();
        }
        return value;
    }

    /** Case and spaces aside. */
    private static String squash(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
