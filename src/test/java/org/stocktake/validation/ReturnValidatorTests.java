package org.stocktake.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.standard.Rule;
import org.stocktake.standard.Severity;
import org.stocktake.testing.ReturnFixture;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

/**
 * One test per validation rule of standard §4, each on a real workbook written by POI: the rule, its severity
 * and the exact sheet and cell, and nothing else (a clean return raises no issue at all).
 */
class ReturnValidatorTests {

    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);
    static final Register REGISTER = new Register(List.of(
            new RegisterEntry("E08000025", "Birmingham", "Families with multiple problems", Period.of("2011-12 Q1"), null),
            new RegisterEntry("E10000012", "Essex", "Families with multiple problems", Period.of("2011-12 Q1"),
                    Period.of("2011-12 Q4")),
            new RegisterEntry("E10000012", "Essex", "Whole place", Period.of("2012-13 Q1"), null)));

    @TempDir
    Path dir;

    final List<FamilyRecord> stored = new ArrayList<>();

    ValidatedReturn validate(ReturnFixture fixture) throws Exception {
        Path file = fixture.writeXlsx(dir, "return.xlsx");
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            return new ReturnValidator(REGISTER, AS_OF).validate(workbook, stored::add);
        }
    }

    List<Issue> issues(ReturnFixture fixture) throws Exception {
        return validate(fixture).issues();
    }

    static org.assertj.core.groups.Tuple at(Rule rule, Severity severity, String sheet, String cell) {
        return tuple(rule, severity, sheet, cell);
    }

    static org.assertj.core.api.AbstractListAssert<?, List<? extends org.assertj.core.groups.Tuple>, org.assertj.core.groups.Tuple, org.assertj.core.api.ObjectAssert<org.assertj.core.groups.Tuple>> assertIssues(List<Issue> issues) {
        return assertThat(issues).extracting(Issue::rule, Issue::severity, Issue::sheet, Issue::cell);
    }

    // a clean return

    @Test
    void cleanReturnIsAcceptedWithNoIssueAtAll() throws Exception {
        ValidatedReturn r = validate(new ReturnFixture());

        assertThat(r.issues()).isEmpty();
        assertThat(r.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(r.cover()).isEqualTo(new Cover("1", "E08000025", "Birmingham", Period.of("2012-13 Q2"),
                "Families with multiple problems", "Asha Patel", "asha.patel@birmingham.gov.uk", "Tom Okafor",
                LocalDate.of(2012, 10, 15)));
        assertThat(r.families()).isEqualTo(new Families(4000, 50, 300, 120, 500L));
        assertThat(r.fundingLines()).containsExactly(
                new FundingLine(4, "Local authority", "Troubled families team", "Local", "Pooled",
                        new BigDecimal("1200000.00"), new BigDecimal("600000.00"), new BigDecimal("450000.50")),
                new FundingLine(5, "Police", "Integrated offender management", "Local", "Aligned",
                        new BigDecimal("250000.00"), new BigDecimal("125000.00"), new BigDecimal("100000.00")),
                new FundingLine(6, "DWP", "ESF families provision", "Central", "Virtual pool",
                        new BigDecimal("400000.00"), new BigDecimal("200000.25"), new BigDecimal("150000.00")));
    }

    @Test
    void legacyXlsReturnIsReadLikeXlsx() throws Exception {
        Path file = new ReturnFixture().writeXls(dir, "return.xls");
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            ValidatedReturn r = new ReturnValidator(REGISTER, AS_OF).validate(workbook, stored::add);
            assertThat(r.issues()).isEmpty();
            assertThat(r.status()).isEqualTo(ReturnStatus.ACCEPTED);
            assertThat(r.fundingLines()).hasSize(3);
        }
    }

    @Test
    void variantLabelsTextNumbersAndTextDatesAreAccepted() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.cover.clear();
        f.cover.put("  AREA CODE:* ", "E08000025");
        f.cover.put("Template version *", 1);
        f.cover.put("area name", "Birmingham");
        f.cover.put("Reporting period:", "q2 2012/13");
        f.cover.put("Programme strand", "families with multiple problems");
        f.cover.put("Contact name", "Asha Patel");
        f.cover.put("Contact email", "asha.patel@birmingham.gov.uk");
        f.cover.put("Signed off by", "Tom Okafor");
        f.cover.put("Date signed off", "15/10/2012");
        f.families(FamiliesLabels.IDENTIFIED, " 4,000 ");
        f.fundingCell(0, 4, "£1,200,000.00");
        f.totalOverrides.put(4, new BigDecimal("1850000")); // a SUM formula would skip the text amount
        f.fundingHeader = new String[] {"partner", "FUNDING STREAM", "Source:", "Arrangement",
                "Committed this year", "Received to date (£)", "Spent to date  (£)"};

        ValidatedReturn r = validate(f);

        assertThat(r.issues()).isEmpty();
        assertThat(r.cover().period()).isEqualTo(Period.of("2012-13 Q2"));
        assertThat(r.cover().signedOffOn()).isEqualTo(LocalDate.of(2012, 10, 15));
        assertThat(r.families().identified()).isEqualTo(4000);
        assertThat(r.fundingLines().get(0).committed()).isEqualByComparingTo("1200000.00");
    }

    // TPL-*

    @Test
    void missingSheetIsTplSheetMissing() throws Exception {
        assertIssues(issues(new ReturnFixture().renameSheet("Funding", "Budgets")))
                .containsExactly(at(Rule.TPL_SHEET_MISSING, Severity.ERROR, "Funding", ""));
    }

    @Test
    void sheetNamesMatchIgnoringCaseAndSpaces() throws Exception {
        assertThat(issues(new ReturnFixture().renameSheet("Funding", " FUNDING ").renameSheet("Cover", "cover")))
                .isEmpty();
    }

    @Test
    void missingLabelIsTplFieldMissing() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.cover.remove(CoverLabels.CONTACT_EMAIL.label());
        f.families.remove(FamiliesLabels.HELPED.label());

        assertIssues(issues(f)).containsExactly(
                at(Rule.TPL_FIELD_MISSING, Severity.ERROR, "Cover", ""),
                at(Rule.TPL_FIELD_MISSING, Severity.ERROR, "Families", ""));
    }

    @Test
    void missingFundingColumnIsTplFieldMissingAtTheHeaderRow() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.fundingHeader[6] = "Spent";

        assertIssues(issues(f)).containsExactly(at(Rule.TPL_FIELD_MISSING, Severity.ERROR, "Funding", "A3"));
    }

    @Test
    void unknownTemplateVersionIsTplVersion() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.TEMPLATE_VERSION, "2.0")))
                .containsExactly(at(Rule.TPL_VERSION, Severity.ERROR, "Cover", "B3"));
    }

    @Test
    void numericTemplateVersionOneIsAccepted() throws Exception {
        assertThat(issues(new ReturnFixture().cover(CoverLabels.TEMPLATE_VERSION, 1.2))).isEmpty();
    }

    // CELL-FORMULA

    @Test
    void formulaWithAnErrorValueIsCellFormula() throws Exception {
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.PLANNED, new ReturnFixture.Formula("1/0"))))
                .containsExactly(at(Rule.CELL_FORMULA, Severity.ERROR, "Families", "B7"));
    }

    // COV-*

    @Test
    void blankRequiredCoverValueIsCovRequired() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.CONTACT_NAME, "   ")))
                .containsExactly(at(Rule.COV_REQUIRED, Severity.ERROR, "Cover", "B8"));
    }

    @Test
    void malformedAreaCodeIsCovAreaFormat() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.AREA_CODE, "E0800002")))
                .containsExactly(at(Rule.COV_AREA_FORMAT, Severity.ERROR, "Cover", "B4"));
    }

    @Test
    void areaNotInTheRegisterIsCovAreaUnknown() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.AREA_CODE, "E06000001")
                .cover(CoverLabels.AREA_NAME, "Hartlepool")))
                .containsExactly(at(Rule.COV_AREA_UNKNOWN, Severity.ERROR, "Cover", "B4"));
    }

    @Test
    void areaNameDifferentFromTheRegisterIsAWarning() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.AREA_NAME, "Birmingam")))
                .containsExactly(at(Rule.COV_AREA_NAME, Severity.WARNING, "Cover", "B5"));
        assertThat(issues(new ReturnFixture().cover(CoverLabels.AREA_NAME, " BIRMING HAM "))).isEmpty();
    }

    @Test
    void unreadablePeriodIsCovPeriodFormat() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.PERIOD, "2012-14 Q1")))
                .containsExactly(at(Rule.COV_PERIOD_FORMAT, Severity.ERROR, "Cover", "B6"));
    }

    @Test
    void periodBeforeTheAreasFirstPeriodIsCovPeriodRange() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.PERIOD, "2010-11 Q4")))
                .containsExactly(at(Rule.COV_PERIOD_RANGE, Severity.ERROR, "Cover", "B6"));
    }

    @Test
    void periodAfterTheCurrentPeriodIsCovPeriodRange() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.PERIOD, "2013-14 Q1")))
                .containsExactly(at(Rule.COV_PERIOD_RANGE, Severity.ERROR, "Cover", "B6"),
                        at(Rule.COV_SIGNOFF_DATE, Severity.ERROR, "Cover", "B11"));
    }

    @Test
    void strandOutsideTheListIsAnErrorAndTheWrongValidStrandAWarning() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.STRAND, "Troubled families")))
                .containsExactly(at(Rule.COV_STRAND, Severity.ERROR, "Cover", "B7"));
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.STRAND, "Whole place")))
                .containsExactly(at(Rule.COV_STRAND, Severity.WARNING, "Cover", "B7"));
    }

    @Test
    void strandIsCheckedAgainstTheRegisterRowOfThePeriod() throws Exception {
        ReturnFixture essex = new ReturnFixture().cover(CoverLabels.AREA_CODE, "E10000012")
                .cover(CoverLabels.AREA_NAME, "Essex")
                .cover(CoverLabels.STRAND, "Whole place");
        assertThat(issues(essex)).isEmpty();
    }

    @Test
    void malformedEmailIsCovEmail() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.CONTACT_EMAIL, "asha.patel at birmingham.gov.uk")))
                .containsExactly(at(Rule.COV_EMAIL, Severity.ERROR, "Cover", "B9"));
    }

    @Test
    void signOffDateThatIsNotADateInTheFutureOrBeforeThePeriodIsCovSignoffDate() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.SIGNED_OFF_ON, "soon")))
                .containsExactly(at(Rule.COV_SIGNOFF_DATE, Severity.ERROR, "Cover", "B11"));
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 12, 1))))
                .containsExactly(at(Rule.COV_SIGNOFF_DATE, Severity.ERROR, "Cover", "B11"));
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 6, 30))))
                .containsExactly(at(Rule.COV_SIGNOFF_DATE, Severity.ERROR, "Cover", "B11"));
    }

    @Test
    void contactSigningOffTheirOwnReturnIsAWarning() throws Exception {
        assertIssues(issues(new ReturnFixture().cover(CoverLabels.SIGNED_OFF_BY, "asha  patel")))
                .containsExactly(at(Rule.COV_SIGNOFF_SELF, Severity.WARNING, "Cover", "B10"));
    }

    // FAM-*

    @Test
    void familiesValueThatIsNotAWholeNumberIsFamNumber() throws Exception {
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.IDENTIFIED, "TBC")))
                .containsExactly(at(Rule.FAM_NUMBER, Severity.ERROR, "Families", "B3"));
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.STARTED, 12.5)))
                .containsExactly(at(Rule.FAM_NUMBER, Severity.ERROR, "Families", "B4"));
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.PLANNED, -1)))
                .containsExactly(at(Rule.FAM_NUMBER, Severity.ERROR, "Families", "B7"));
    }

    @Test
    void helpedMoreThanIdentifiedIsAnError() throws Exception {
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.HELPED, 5000)))
                .containsExactly(at(Rule.FAM_HELPED_GT_IDENTIFIED, Severity.ERROR, "Families", "B5"));
    }

    @Test
    void startedMoreThanHelpedIsAnError() throws Exception {
        assertIssues(issues(new ReturnFixture().families(FamiliesLabels.STARTED, 301)))
                .containsExactly(at(Rule.FAM_STARTED_GT_HELPED, Severity.ERROR, "Families", "B4"));
    }

    @Test
    void outcomesMoreThanHelpedIsAnError() throws Exception {
        List<Issue> issues = issues(new ReturnFixture().families(FamiliesLabels.OUTCOMES, 301));
        assertIssues(issues).containsExactly(at(Rule.FAM_OUTCOMES_GT_HELPED, Severity.ERROR, "Families", "B6"));
        assertThat(issues.get(0).message()).isEqualTo("Families!B6: \"Families with outcomes achieved to date\" (301)"
                + " is more than \"Families helped to date\" (300); it cannot be, so check both figures");
    }

    // FUND-*

    @Test
    void noBudgetLinesIsFundEmpty() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.funding.clear();
        f.totalRow = false;
        assertIssues(issues(f)).containsExactly(
                at(Rule.FUND_EMPTY, Severity.WARNING, "Funding", ""),
                at(Rule.FUND_TOTAL_MISSING, Severity.WARNING, "Funding", "A4"));
    }

    @Test
    void blankRequiredCellOfABudgetLineIsFundRequired() throws Exception {
        assertIssues(issues(new ReturnFixture().fundingCell(0, 1, null)))
                .containsExactly(at(Rule.FUND_REQUIRED, Severity.ERROR, "Funding", "B4"));
    }

    @Test
    void codesOutsideTheirListsAreFundCode() throws Exception {
        assertIssues(issues(new ReturnFixture().fundingCell(0, 0, "Council").fundingCell(1, 2, "Both")
                .fundingCell(2, 3, "Pooled budget")))
                .containsExactly(at(Rule.FUND_CODE, Severity.ERROR, "Funding", "A4"),
                        at(Rule.FUND_CODE, Severity.ERROR, "Funding", "C5"),
                        at(Rule.FUND_CODE, Severity.ERROR, "Funding", "D6"));
    }

    @Test
    void amountsThatAreNotMoneyAreFundMoney() throws Exception {
        List<Issue> issues = issues(new ReturnFixture().fundingCell(0, 5, "12,5O0"));
        assertIssues(issues).containsExactly(at(Rule.FUND_MONEY, Severity.ERROR, "Funding", "F4"));
        assertThat(issues.get(0).message())
                .isEqualTo("Funding!F4: \"12,5O0\" is not an amount of money; enter a number such as 12500");
        assertIssues(issues(new ReturnFixture().fundingCell(1, 4, new BigDecimal("-5"))))
                .containsExactly(at(Rule.FUND_MONEY, Severity.ERROR, "Funding", "E5"));
        assertIssues(issues(new ReturnFixture().fundingCell(2, 6, new BigDecimal("12.345"))))
                .containsExactly(at(Rule.FUND_MONEY, Severity.ERROR, "Funding", "G6"));
    }

    @Test
    void partnerWithTheWrongSourceIsAWarning() throws Exception {
        assertIssues(issues(new ReturnFixture().fundingCell(1, 2, "Central")))
                .containsExactly(at(Rule.FUND_SOURCE, Severity.WARNING, "Funding", "C5"));
        assertIssues(issues(new ReturnFixture().fundingCell(2, 2, "Local")))
                .containsExactly(at(Rule.FUND_SOURCE, Severity.WARNING, "Funding", "C6"));
    }

    @Test
    void receivedMoreThanCommittedIsAWarning() throws Exception {
        assertIssues(issues(new ReturnFixture().fundingCell(1, 5, new BigDecimal("250000.01"))))
                .containsExactly(at(Rule.FUND_RECEIVED_GT_COMMITTED, Severity.WARNING, "Funding", "F5"));
    }

    @Test
    void spentMoreThanReceivedIsAWarningOnPooledLinesOnly() throws Exception {
        assertIssues(issues(new ReturnFixture().fundingCell(0, 6, new BigDecimal("600000.01"))))
                .containsExactly(at(Rule.FUND_SPENT_GT_RECEIVED, Severity.WARNING, "Funding", "G4"));
        assertThat(issues(new ReturnFixture().fundingCell(1, 6, new BigDecimal("125000.01")))).isEmpty();
    }

    @Test
    void repeatedLineIsFundDuplicateLine() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.funding.add(new Object[] {"Local authority", "troubled families team", "Local", "Pooled",
                new BigDecimal("1"), new BigDecimal("1"), new BigDecimal("1")});
        assertIssues(issues(f)).containsExactly(at(Rule.FUND_DUPLICATE_LINE, Severity.WARNING, "Funding", "A7"));
    }

    @Test
    void totalThatDiffersFromTheLinesByAPennyIsFundTotal() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.totalOverrides.put(4, new BigDecimal("1850000.01"));
        List<Issue> issues = issues(f);
        assertIssues(issues).containsExactly(at(Rule.FUND_TOTAL, Severity.ERROR, "Funding", "E7"));
        assertThat(issues.get(0).message()).isEqualTo("Funding!E7: the Total of \"Committed this year\" is"
                + " £1,850,000.01 but the lines add up to £1,850,000.00; correct the total or the lines");
    }

    @Test
    void noTotalRowIsFundTotalMissing() throws Exception {
        ReturnFixture f = new ReturnFixture();
        f.totalRow = false;
        assertIssues(issues(f)).containsExactly(at(Rule.FUND_TOTAL_MISSING, Severity.WARNING, "Funding", "A7"));
    }

    // Explanations

    @Test
    void explainedWarningIsStillReportedAndMarkedExplained() throws Exception {
        ReturnFixture f = new ReturnFixture().fundingCell(1, 5, new BigDecimal("260000"));
        f.explanations = List.of(new Object[] {"FUND-RECEIVED-GT-COMMITTED", "Police paid next year's grant early."},
                new Object[] {"FUND-TOTAL", "Errors cannot be explained away."});

        ValidatedReturn r = validate(f);

        assertThat(r.status()).isEqualTo(ReturnStatus.ACCEPTED_WITH_WARNINGS);
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Rule.FUND_RECEIVED_GT_COMMITTED);
            assertThat(i.explained()).isTrue();
            assertThat(i.explanation()).isEqualTo("Police paid next year's grant early.");
        });
    }

    // REC-*

    static final LocalDate D1 = LocalDate.of(2011, 6, 1);

    /** Three records that agree with families figures 3 / 1 / 2 / 1. */
    static ReturnFixture withThreeRecords() {
        return new ReturnFixture()
                .families(FamiliesLabels.IDENTIFIED, 3).families(FamiliesLabels.STARTED, 1)
                .families(FamiliesLabels.HELPED, 2).families(FamiliesLabels.OUTCOMES, 1)
                .withRecords(List.of(
                        new Object[] {"BHM-0001", D1, LocalDate.of(2012, 3, 1), LocalDate.of(2012, 9, 1), "Education"},
                        new Object[] {"BHM-0002", D1, LocalDate.of(2012, 8, 15), null, null},
                        new Object[] {"BHM-0003", LocalDate.of(2012, 9, 30), null, null, null}));
    }

    @Test
    void recordsThatAgreeWithTheFiguresAreStored() throws Exception {
        ValidatedReturn r = validate(withThreeRecords());

        assertThat(r.issues()).isEmpty();
        assertThat(r.familyRecords()).isEqualTo(3);
        assertThat(stored).extracting(FamilyRecord::reference).containsExactly("BHM-0001", "BHM-0002", "BHM-0003");
        assertThat(stored.get(0)).isEqualTo(new FamilyRecord(2, "BHM-0001", D1, LocalDate.of(2012, 3, 1),
                LocalDate.of(2012, 9, 1), "Education"));
    }

    @Test
    void missingRequiredRecordsColumnIsRecHeader() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.recordsHeader = ReturnFixture.RECORDS_HEADER.clone();
        f.recordsHeader[0] = "Reference";
        assertIssues(issues(f)).containsExactly(at(Rule.REC_HEADER, Severity.ERROR, "Family records", ""));
    }

    @Test
    void badReferenceIsRecRefFormat() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.records.get(0)[0] = "BHM 0001";
        f.records.get(1)[0] = "BHM-000000000000000002";
        f.records.get(2)[0] = null;
        assertIssues(issues(f)).containsExactly(
                at(Rule.REC_REF_FORMAT, Severity.ERROR, "Family records", "A2"),
                at(Rule.REC_REF_FORMAT, Severity.ERROR, "Family records", "A3"),
                at(Rule.REC_REF_FORMAT, Severity.ERROR, "Family records", "A4"));
    }

    @Test
    void repeatedReferenceIsRecDuplicate() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.records.get(2)[0] = "BHM-0001";
        assertIssues(issues(f)).containsExactly(at(Rule.REC_DUPLICATE, Severity.ERROR, "Family records", "A4"));
    }

    @Test
    void missingUnreadableOrOutOfOrderDatesAreRecDate() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.records.get(0)[3] = LocalDate.of(2012, 2, 1);   // closed before started
        f.records.get(1)[1] = LocalDate.of(2012, 9, 1);   // identified after it started
        f.records.get(2)[1] = "next week";                 // unreadable
        f.records.add(new Object[] {"BHM-0004", null, null, null, null});                      // missing
        f.records.add(new Object[] {"BHM-0005", LocalDate.of(2012, 10, 1), null, null, null}); // after the period
        f.families(FamiliesLabels.IDENTIFIED, 5);
        assertIssues(issues(f)).containsExactly(
                at(Rule.REC_DATE, Severity.ERROR, "Family records", "D2"),
                at(Rule.REC_DATE, Severity.ERROR, "Family records", "C3"),
                at(Rule.REC_DATE, Severity.ERROR, "Family records", "B4"),
                at(Rule.REC_DATE, Severity.ERROR, "Family records", "B5"),
                at(Rule.REC_DATE, Severity.ERROR, "Family records", "B6"));
    }

    @Test
    void outcomeOutsideTheListIsRecOutcome() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.records.get(0)[4] = "Housing";
        assertIssues(issues(f)).containsExactly(at(Rule.REC_OUTCOME, Severity.ERROR, "Family records", "E2"));
    }

    @Test
    void aggregateThatDisagreesWithTheRecordsIsRecCountsAtTheFamiliesCell() throws Exception {
        ReturnFixture f = withThreeRecords().families(FamiliesLabels.IDENTIFIED, 4).families(FamiliesLabels.STARTED, 2);
        List<Issue> issues = issues(f);
        assertIssues(issues).containsExactly(
                at(Rule.REC_COUNTS, Severity.ERROR, "Families", "B3"),
                at(Rule.REC_COUNTS, Severity.ERROR, "Families", "B4"));
        assertThat(issues.get(0).message()).isEqualTo("Families!B3: families_identified is declared as 4 but the"
                + " Family records sheet has 3 records; make the figure and the records agree");
    }

    @Test
    void personalDataQuarantinesTheFileWithoutRepeatingTheValue() throws Exception {
        ReturnFixture f = withThreeRecords();
        f.withExtraRecordColumns("Surname", "Notes");
        f.records.get(0)[0] = "AB 12 34 56 C";
        f.records.set(1, new Object[] {"BHM-0002", D1, LocalDate.of(2012, 8, 15), null, null, "Okonkwo", null});
        f.records.set(2, new Object[] {"BHM-0003", LocalDate.of(2012, 9, 30), null, null, null, null,
                "mum is jo.bloggs@example.com"});

        ValidatedReturn r = validate(f);

        assertThat(r.status()).isEqualTo(ReturnStatus.QUARANTINED);
        assertIssues(r.issues()).containsExactly(
                at(Rule.REC_PERSONAL_DATA, Severity.ERROR, "Family records", "A2"),
                at(Rule.REC_PERSONAL_DATA, Severity.ERROR, "Family records", "F3"),
                at(Rule.REC_PERSONAL_DATA, Severity.ERROR, "Family records", "G4"));
        assertThat(r.issues()).extracting(Issue::message)
                .noneMatch(m -> m.contains("AB 12") || m.contains("Okonkwo") || m.contains("bloggs"));
    }
}
