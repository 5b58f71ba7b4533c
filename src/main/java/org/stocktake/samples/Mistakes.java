package org.stocktake.samples;

import static org.stocktake.samples.SampleModel.ACCEPTED_WITH_WARNINGS;
import static org.stocktake.samples.SampleModel.REJECTED;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.stocktake.samples.SampleModel.Doc;
import org.stocktake.samples.SampleModel.Line;
import org.stocktake.samples.SampleModel.Plan;
import org.stocktake.standard.CodeList;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.Column;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.ReturnLayout.Field;
import org.stocktake.standard.ReturnLayout.FundingColumns;
import org.stocktake.template.ReturnTemplate;
import org.stocktake.workbook.CellAddress;

/**
 * The mistakes officers really make, each put into one return of 2012-13 with the status, rule ids and cells
 * it is meant to get (a resubmission, a legacy {@code .xls} and a variant layout among them), so the import's
 * answer to every sample can be checked (§4).
 */
final class Mistakes {

    private Mistakes() {
    }

    static void apply(Plan plan, Map<String, Doc> byKey) {
        Period q1 = SampleGenerator.PERIODS.get(4);
        Period q2 = SampleGenerator.PERIODS.get(5);

        Doc kent = byKey.get("E10000016|" + q2);
        int police = kent.indexOf("Police");
        Line line = kent.lines.get(police);
        line.received = line.committed + 1_248_000;
        kent.explanations.put("FUND-RECEIVED-GT-COMMITTED", "Kent Police paid its second-half contribution in "
                + "September, before the in-year uplift to the commitment was approved; the committed figure will be "
                + "revised in the 2012-13 Q3 return.");
        mark(kent, ACCEPTED_WITH_WARNINGS, "FUND-RECEIVED-GT-COMMITTED",
                funding(FundingColumns.RECEIVED, Doc.lineRow(police)),
                "Police line received more than committed; explained on the Explanations sheet");

        Doc croydon = byKey.get("E09000008|" + q2);
        croydon.areaName = "London Borough of Croydon";
        mark(croydon, ACCEPTED_WITH_WARNINGS, "COV-AREA-NAME", cover(CoverLabels.AREA_NAME),
                "area name written 'London Borough of Croydon'; the register says 'Croydon'");

        Doc leics = byKey.get(AreaTables.LEICESTERSHIRE + "|" + q2);
        leics.signedOffBy = leics.contact;
        mark(leics, ACCEPTED_WITH_WARNINGS, "COV-SIGNOFF-SELF", cover(CoverLabels.SIGNED_OFF_BY),
                "signed off by the contact named in " + cover(CoverLabels.CONTACT_NAME));

        Doc lincs = byKey.get("E10000019|" + q1);
        int health = lincs.indexOf("Health");
        Line whole = lincs.lines.get(health);
        Line first = whole.copy();
        first.committed = whole.committed * 3 / 5;
        first.received = whole.received * 3 / 5;
        first.spent = whole.spent * 3 / 5;
        Line second = whole.copy();
        second.committed = whole.committed - first.committed;
        second.received = whole.received - first.received;
        second.spent = whole.spent - first.spent;
        lincs.lines.set(health, first);
        lincs.lines.add(health + 1, second);
        lincs.explanations.put("FUND-DUPLICATE-LINE", "Two separate agreements with the PCT cluster for substance "
                + "misuse treatment; listed separately as they are in our ledger.");
        mark(lincs, ACCEPTED_WITH_WARNINGS, "FUND-DUPLICATE-LINE",
                funding(FundingColumns.PARTNER, Doc.lineRow(health + 1)),
                "Health / Substance misuse treatment / Aligned listed twice (rows " + Doc.lineRow(health) + " and "
                        + Doc.lineRow(health + 1) + "; amounts split 60/40, totals unchanged); explained");

        Doc barnet = byKey.get("E09000003|" + q2);
        int bPolice = barnet.indexOf("Police");
        barnet.lines.get(bPolice).receivedText = "12,5O0";
        mark(barnet, REJECTED, "FUND-MONEY", funding(FundingColumns.RECEIVED, Doc.lineRow(bPolice)),
                "received typed as text \"12,5O0\" (letter O for zero); the Total's SUM skips it, as a spreadsheet does");

        Doc bradford = byKey.get("E08000032|" + q2);
        bradford.totalMissesLastLine = true;
        int tr = bradford.totalRow();
        mark(bradford, REJECTED, "FUND-TOTAL", funding(FundingColumns.COMMITTED, tr) + ";"
                        + funding(FundingColumns.RECEIVED, tr) + ";" + funding(FundingColumns.SPENT, tr),
                "Total row SUMs stop one line short (last line inserted below the range); one FUND-TOTAL per column");

        Doc hull = byKey.get("E06000010|" + q2);
        int identified = hull.identified;
        hull.identified = hull.helped;
        hull.helped = identified;
        mark(hull, REJECTED, "FAM-HELPED-GT-IDENTIFIED", families(FamiliesLabels.HELPED),
                "families identified and helped to date typed into each other's cells");

        Doc blackburn = byKey.get("E06000008|" + q2);
        blackburn.periodText = "2012-14 Q2";
        mark(blackburn, REJECTED, "COV-PERIOD-FORMAT", cover(CoverLabels.PERIOD), "period written '2012-14 Q2'");

        Doc westminster = byKey.get("E09000033|" + q2);
        westminster.coverSheetName = "Front sheet";
        mark(westminster, REJECTED, "TPL-SHEET-MISSING", ReturnLayout.COVER, "sheet " + ReturnLayout.COVER
                + " renamed '" + westminster.coverSheetName + "'");

        Doc islington = byKey.get("E09000019|" + q2);
        islington.started += 3;
        islington.helped += 3;
        mark(islington, REJECTED, "REC-COUNTS",
                families(FamiliesLabels.STARTED) + ";" + families(FamiliesLabels.HELPED),
                "declared started and helped are 3 more than the Family records show (records extract older than the"
                        + " figures); one REC-COUNTS for families_started and one for families_helped");

        // Essex: first return for its first whole-place quarter keeps the old strand and an early figure; the
        // corrected resubmission a fortnight later supersedes it.
        Doc essex = byKey.get("E10000012|" + q1);
        Doc resubmitted = copyDoc(essex);
        essex.strand = CodeList.FAMILIES_WITH_MULTIPLE_PROBLEMS;
        Line la = essex.lines.get(essex.indexOf("Local authority"));
        la.received -= 15_000_000;
        la.spent = Math.min(la.spent, la.received);
        mark(essex, ACCEPTED_WITH_WARNINGS, "COV-STRAND", cover(CoverLabels.STRAND),
                "strand still 'Families with multiple problems' (register: Whole place from 2012-13 Q1); also an early"
                        + " Local authority received figure £150,000.00 lower; superseded by the resubmission");
        resubmitted.fileName = essex.fileName.replace(".xlsx", "_resubmitted.xlsx");
        resubmitted.signedOn = essex.signedOn.plusDays(14);
        resubmitted.lastModified = essex.lastModified.plusSeconds(14 * 86_400L);
        resubmitted.supersedes = essex.relativePath();
        resubmitted.note = "corrected resubmission: strand Whole place and final received figures; supersedes "
                + essex.fileName;
        plan.docs.add(plan.docs.indexOf(essex) + 1, resubmitted);

        Doc gm = byKey.get("E11000001|" + q1);
        gm.legacyXls = true;
        gm.fileName = gm.fileName.replace(".xlsx", ".xls");
        gm.note = "legacy .xls (BIFF8) workbook, otherwise correct";

        Doc cheshire = byKey.get(AreaTables.CHESHIRE + "|" + q1);
        cheshire.variant = true;
        cheshire.signedOn = LocalDate.of(2012, 7, 31);
        cheshire.lastModified = cheshire.signedOn.atTime(9, 0).plusMinutes(17).toInstant(ZoneOffset.UTC);
        cheshire.note = "variant layout the standard allows: labels on other rows, other case, trailing ':' and '*',"
                + " template version '1.0' as text, period '2012/13 Q1', Funding columns in another order, text numbers"
                + " ('1,190', '£…' money), text date '31/07/2012', typed (not formula) totals";
    }

    /** {@code Cover!B5}: where the template holds a label's value. */
    private static String cover(Field field) {
        return ReturnLayout.COVER + "!" + ReturnTemplate.valueRef(field);
    }

    private static String families(Field field) {
        return ReturnLayout.FAMILIES + "!" + ReturnTemplate.valueRef(field);
    }

    /** {@code Funding!F8}: a column of the Funding table on a sheet row. */
    private static String funding(Column column, int row) {
        return ReturnLayout.FUNDING + "!" + CellAddress.a1(row, FundingColumns.ALL.indexOf(column));
    }

    private static void mark(Doc d, String status, String rule, String cells, String note) {
        d.status = status;
        d.rules.add(rule);
        d.cells.addAll(List.of(cells.split(";")));
        d.note = note;
    }

    private static Doc copyDoc(Doc o) {
        Doc d = new Doc();
        d.areaCode = o.areaCode;
        d.period = o.period;
        d.row = o.row;
        d.area = o.area;
        d.fileName = o.fileName;
        d.templateVersion = o.templateVersion;
        d.areaName = o.areaName;
        d.periodText = o.periodText;
        d.strand = o.strand;
        d.contact = o.contact;
        d.email = o.email;
        d.signedOffBy = o.signedOffBy;
        d.signedOn = o.signedOn;
        d.identified = o.identified;
        d.started = o.started;
        d.helped = o.helped;
        d.outcomes = o.outcomes;
        d.planned = o.planned;
        o.lines.forEach(l -> d.lines.add(l.copy()));
        d.records = o.records;
        d.explanations.putAll(o.explanations);
        d.lastModified = o.lastModified;
        return d;
    }
}
