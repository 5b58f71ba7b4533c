package org.stocktake.template;

import static org.stocktake.standard.ReturnLayout.COVER;
import static org.stocktake.standard.ReturnLayout.EXPLANATIONS;
import static org.stocktake.standard.ReturnLayout.FAMILIES;
import static org.stocktake.standard.ReturnLayout.FAMILY_RECORDS;
import static org.stocktake.standard.ReturnLayout.FUNDING;
import static org.stocktake.standard.ReturnLayout.TOTAL;

import java.util.List;

import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.standard.ReturnLayout.RecordColumns;

/**
 * The plain-English text of the Instructions sheet: a heading marks itself with a leading {@code #}. Sheet
 * names, labels and code values come from the layout, so the text names what the template shows.
 */
final class Instructions {

    private Instructions() {
    }

    static List<String> lines(String areaName, Period period) {
        return List.of(
                "# Community Budget stocktake return: " + areaName + ", " + period,
                "This workbook is your area's quarterly stocktake return for " + period + " (" + period.start()
                        + " to " + period.end() + "). Fill in the pale yellow cells only; grey cells are filled in"
                        + " for you and the rest of each sheet is locked so that the layout stays as the central team's"
                        + " import expects. The sheets are protected without a password: you can unprotect one"
                        + " (Excel: Review > Unprotect Sheet; LibreOffice: Tools > Protect Sheet) if you must, but do"
                        + " not move, rename or delete labels,"
                        + " headers or sheets, or the return will be rejected.",
                "Who fills it in: the programme's lead officer (the contact on the " + COVER + ") gathers the figures"
                        + " from the partners; another, more senior officer checks and certifies them (signs off).",
                "Drop-down lists: partner, source, arrangement, strand and outcome cells only take the values in"
                        + " their list. Typing something else is refused.",
                "# " + COVER,
                "Area code, area name, reporting period and template version come from the register of pilot"
                        + " areas; do not change them. If they are wrong, ask the central team for a new template.",
                CoverLabels.STRAND.label() + ": filled in with the register's strand for this period; change it only"
                        + " if the central team has agreed a change.",
                CoverLabels.CONTACT_NAME.label() + " and " + CoverLabels.CONTACT_EMAIL.label() + ": the officer the"
                        + " central team should ask about this return.",
                CoverLabels.SIGNED_OFF_BY.label() + ": the officer who certifies the return. It should be someone"
                        + " other than the contact.",
                CoverLabels.SIGNED_OFF_ON.label() + ": the date the return was certified, written as a date (such as"
                        + " 15/10/" + period.end().getYear() + "). It cannot be in the future or before the quarter"
                        + " began.",
                "The deadline is the sign-off: a return counts once it is signed off and received. Send it as soon"
                        + " as it is certified.",
                "# " + FAMILIES,
                "Whole numbers of families, 0 or more; enter 0 rather than leaving a cell blank.",
                FamiliesLabels.IDENTIFIED.label() + ": families your area has identified as having multiple problems,"
                        + " in total.",
                FamiliesLabels.STARTED.label() + ": families who started working with the programme during " + period
                        + " only (a quarterly figure).",
                FamiliesLabels.HELPED.label() + ": families the programme has started working with since it began"
                        + " (cumulative: it never goes down from one quarter to the next). It cannot exceed families"
                        + " identified.",
                FamiliesLabels.OUTCOMES.label() + ": cumulative, and cannot exceed families helped to date.",
                FamiliesLabels.PLANNED.label() + ": optional; the number you plan to start working with this financial"
                        + " year.",
                "# " + FUNDING,
                "One row per partner budget that is pooled, aligned, in a virtual pool or given in kind. Choose the"
                        + " partner, source and arrangement from the lists and name the budget line in "
                        + FundingColumns.STREAM.label() + ". The same partner, funding stream and arrangement should"
                        + " appear once only.",
                FundingColumns.SOURCE.label() + ": " + CodeList.CENTRAL + " for the six government departments ("
                        + String.join(", ", CodeList.CENTRAL_PARTNERS) + "), " + CodeList.LOCAL
                        + " for every other partner.",
                "Money is in pounds and pence (such as 12500.50): no negative amounts, at most two decimal places,"
                        + " no thousands written as \"k\". Type amounts as numbers: an amount pasted from an e-mail or"
                        + " typed into a cell formatted as text is held as text, which the " + TOTAL + " leaves out, and"
                        + " the cell turns red (dark red on pink) to say so; retype it.",
                FundingColumns.COMMITTED.label() + ": what the partner has committed for the whole financial year "
                        + period.financialYear() + ". " + FundingColumns.RECEIVED.label() + " and "
                        + FundingColumns.SPENT.label() + " are cumulative from 1 April " + period.startYear()
                        + " to the end of the quarter, not just this quarter.",
                "The " + TOTAL + " row adds up the lines for you; leave it as it is. Use more rows? Ask the central"
                        + " team rather than inserting rows below the " + TOTAL + ".",
                "# " + FAMILY_RECORDS + " (optional)",
                "One row per family, if your area sends family-level records. Leave the sheet with only its header"
                        + " if you do not.",
                "NO PERSONAL DATA: never enter names, addresses, postcodes, dates of birth, phone numbers, e-mail"
                        + " addresses or National Insurance numbers, and do not add columns such as Surname. A return"
                        + " holding personal data is quarantined: nothing of it is kept and you must send it again.",
                RecordColumns.REFERENCE.label() + ": your own pseudonymous reference, 1 to 20 letters, digits, - or _,"
                        + " once per family.",
                RecordColumns.IDENTIFIED.label() + " is required; " + RecordColumns.STARTED.label() + " and "
                        + RecordColumns.CLOSED.label() + " when they have happened. Dates are in order and on or"
                        + " before " + period.end() + ". " + RecordColumns.OUTCOME.label() + ": blank or one from the"
                        + " list.",
                "When you send records, the " + FAMILIES + " figures must agree with them: identified = number of"
                        + " records, helped = records with a " + RecordColumns.STARTED.label() + ", started this"
                        + " quarter = records started in " + period + ", outcomes = records with an "
                        + RecordColumns.OUTCOME.label() + ".",
                "# " + EXPLANATIONS + " (optional)",
                "A warning (for example received more than committed) can be explained: choose the rule id from the"
                        + " list and write the reason. The warning is still reported, marked explained, and the"
                        + " explanation appears in the steering group's pack. Errors cannot be explained away.",
                "# After you send it",
                "You get a feedback file per return: a CSV listing every issue (sheet, cell, rule, what to change)"
                        + " and, where the return has issues, a copy of your workbook with each problem cell coloured"
                        + " (red: error, amber: warning) and a comment. A return with an error is REJECTED and does"
                        + " not count: correct your own workbook (not the feedback copy) and send it again. A later"
                        + " accepted return for the same area and quarter replaces the earlier one.");
    }
}
