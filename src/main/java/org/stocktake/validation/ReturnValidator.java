package org.stocktake.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.stocktake.reference.Register;
import org.stocktake.standard.Issue;
import org.stocktake.standard.Period;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.Rule;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.WorkbookException;

/**
 * Validates one return workbook against the data standard (§3, §4): every sheet, every cell, every rule,
 * collecting all issues rather than stopping at the first. Plain Java: no Spring, no database.
 */
public final class ReturnValidator {

    /** "Cover, Families and Funding", as a message lists them. */
    private static final String REQUIRED_SHEETS = String.join(", ", ReturnLayout.REQUIRED_SHEETS.subList(0,
            ReturnLayout.REQUIRED_SHEETS.size() - 1)) + " and " + ReturnLayout.REQUIRED_SHEETS.get(
            ReturnLayout.REQUIRED_SHEETS.size() - 1);

    private final Register register;
    private final LocalDate asOf;

    public ReturnValidator(Register register, LocalDate asOf) {
        this.register = register;
        this.asOf = asOf;
    }

    /**
     * Validates an opened workbook; valid family records are handed to the sink as they stream past.
     *
     * @throws WorkbookException when the file cannot be read any further (a file-level rule)
     */
    public ValidatedReturn validate(ReturnWorkbook workbook, FamilyRecordSink sink) throws WorkbookException {
        Issues issues = new Issues();

        Cover cover = null;
        Optional<String> coverSheet = sheet(workbook, ReturnLayout.COVER, true, issues);
        if (coverSheet.isPresent()) {
            cover = new CoverRules(register, asOf).read(new LabelSheet(workbook.grid(coverSheet.get())), issues);
        }
        Period period = cover == null ? null : cover.period();

        FamiliesRules.Read families = null;
        Optional<String> familiesSheet = sheet(workbook, ReturnLayout.FAMILIES, true, issues);
        if (familiesSheet.isPresent()) {
            families = new FamiliesRules().read(new LabelSheet(workbook.grid(familiesSheet.get())), issues);
        }

        List<FundingLine> lines = List.of();
        Optional<String> fundingSheet = sheet(workbook, ReturnLayout.FUNDING, true, issues);
        if (fundingSheet.isPresent()) {
            lines = new FundingRules().read(workbook.grid(fundingSheet.get()), issues);
        }

        long records = 0;
        Optional<String> recordsSheet = sheet(workbook, ReturnLayout.FAMILY_RECORDS, false, issues);
        if (recordsSheet.isPresent()) {
            FamilyRecordRules rules = new FamilyRecordRules(recordsSheet.get(), period, issues, sink);
            workbook.stream(recordsSheet.get(), rules);
            rules.finish();
            if (families != null) {
                rules.checkCounts(families);
            }
            records = rules.records();
        }

        Optional<String> explanationsSheet = sheet(workbook, ReturnLayout.EXPLANATIONS, false, issues);
        Explanations explanations = explanationsSheet.isPresent()
                ? Explanations.read(workbook.grid(explanationsSheet.get())) : Explanations.none();
        workbook.complete();
        List<Issue> all = explanations.apply(issues.all());

        ReturnStatus status = ValidatedReturn.statusOf(all);
        String areaCode = cover == null ? null : cover.areaCode();
        return new ValidatedReturn(status, areaCode, period, cover, families == null ? null : families.families(),
                lines, records, all);
    }

    private static Optional<String> sheet(ReturnWorkbook workbook, String name, boolean required, Issues issues) {
        Optional<String> actual = workbook.sheetNamed(name);
        if (actual.isEmpty() && required) {
            issues.add(Rule.TPL_SHEET_MISSING, name, "", "the workbook has no sheet \"" + name
                    + "\"; use the return template, which has the sheets " + REQUIRED_SHEETS + " (found: "
                    + String.join(", ", workbook.sheetNames()) + ")");
        }
        return actual;
    }
}
