package org.stocktake.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.reference.Register;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.testing.TemplateFiller;
import org.stocktake.standard.Period;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

class ReturnTemplateTests {

    static final Register REGISTER = new Register(List.of(
            new RegisterEntry("E08000025", "Birmingham", "Families with multiple problems", Period.of("2011-12 Q1"), null),
            new RegisterEntry("E10000012", "Essex", "Families with multiple problems", Period.of("2011-12 Q1"),
                    Period.of("2011-12 Q4")),
            new RegisterEntry("E10000012", "Essex", "Whole place", Period.of("2012-13 Q1"), null)));
    static final Period Q2 = Period.of("2012-13 Q2");
    static final LocalDate AS_OF = LocalDate.of(2012, 11, 30);

    @TempDir
    Path out;

    @Test
    void writesTheTemplateNamedAfterAreaAndPeriodWithTheCoverPrefilledFromTheRegister() throws Exception {
        Path file = ReturnTemplate.write(REGISTER, "E10000012", Q2, out);

        assertThat(file).isEqualTo(out.resolve("templates/E10000012-2012-13-Q2.xlsx")).exists();
        try (XSSFWorkbook wb = open(file)) {
            assertThat(sheetNames(wb)).containsExactly("Instructions", "Cover", "Families", "Funding",
                    "Family records", "Explanations", "Lists");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
            XSSFSheet cover = wb.getSheet("Cover");
            List<List<String>> labelsAndValues = new ArrayList<>();
            for (int r = 2; r <= 10; r++) {
                labelsAndValues.add(List.of(text(cover, r, 0), text(cover, r, 1)));
            }
            assertThat(labelsAndValues).containsExactly(
                    List.of("Template version", "1"), List.of("Area code", "E10000012"), List.of("Area name", "Essex"),
                    List.of("Reporting period", "2012-13 Q2"), List.of("Programme strand", "Whole place"),
                    List.of("Contact name", ""), List.of("Contact email", ""), List.of("Signed off by", ""),
                    List.of("Date signed off", ""));
            assertThat(text(wb.getSheet("Instructions"), 0, 0)).contains("Essex").contains("2012-13 Q2");
            String instructions = allText(wb.getSheet("Instructions"));
            assertThat(instructions).contains("pounds and pence", "cumulative", "NO PERSONAL DATA", "sign-off",
                    "Family records", "Explanations");
        }
    }

    @Test
    void inputCellsAreUnlockedLabelsLockedAndEverySheetProtectedWithoutAPassword() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertThat(sheet.getProtect()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.isSheetLocked()).isTrue();
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            }
            XSSFSheet cover = wb.getSheet("Cover");
            assertThat(locked(cover, 2, 0)).isTrue(); // label
            assertThat(locked(cover, 3, 1)).isTrue(); // area code, pre-filled
            for (int r = 6; r <= 10; r++) {
                assertThat(locked(cover, r, 1)).as("Cover B" + (r + 1)).isFalse();
            }
            XSSFSheet families = wb.getSheet("Families");
            for (int r = 2; r <= 6; r++) {
                assertThat(locked(families, r, 0)).isTrue();
                assertThat(locked(families, r, 1)).isFalse();
            }
            XSSFSheet funding = wb.getSheet("Funding");
            assertThat(locked(funding, 2, 0)).isTrue(); // header
            assertThat(locked(funding, 3, 0)).isFalse();
            assertThat(locked(funding, 32, 6)).isFalse();
            assertThat(locked(funding, 33, 0)).isTrue(); // Total
            assertThat(locked(funding, 33, 4)).isTrue();
            XSSFSheet records = wb.getSheet("Family records");
            assertThat(locked(records, 2, 0)).isTrue();
            assertThat(records.getColumnStyle(0).getLocked()).isFalse();
            assertThat(records.getColumnStyle(4).getLocked()).isFalse();
        }
    }

    @Test
    void fundingHasTheStandardHeaderThirtyInputRowsAndATotalRowOfSums() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            XSSFSheet funding = wb.getSheet("Funding");
            List<String> header = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                header.add(text(funding, 2, c));
            }
            assertThat(header).containsExactly("Partner", "Funding stream", "Source", "Arrangement",
                    "Committed this year (£)", "Received to date (£)", "Spent to date (£)");
            assertThat(text(funding, 33, 0)).isEqualTo("Total");
            assertThat(funding.getRow(33).getCell(4).getCellFormula()).isEqualTo("SUM(E4:E33)");
            assertThat(funding.getRow(33).getCell(5).getCellFormula()).isEqualTo("SUM(F4:F33)");
            assertThat(funding.getRow(33).getCell(6).getCellFormula()).isEqualTo("SUM(G4:G33)");
            assertThat(funding.getRow(3).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("\"£\"#,##0.00");
            XSSFSheet records = wb.getSheet("Family records");
            assertThat(List.of(text(records, 2, 0), text(records, 2, 1), text(records, 2, 2), text(records, 2, 3),
                    text(records, 2, 4))).containsExactly("Family reference", "Date identified", "Date started",
                    "Date closed", "Outcome");
            assertThat(List.of(text(wb.getSheet("Explanations"), 0, 0), text(wb.getSheet("Explanations"), 0, 1)))
                    .containsExactly("Rule", "Explanation");
        }
    }

    @Test
    void everyCodeListHasADropDownAndFiguresMoneyAndDatesAreValidated() throws Exception {
        try (XSSFWorkbook wb = open(ReturnTemplate.write(REGISTER, "E08000025", Q2, out))) {
            assertThat(validations(wb.getSheet("Cover"))).containsExactly(
                    tuple(ValidationType.LIST, "Strands", null, "B7"),
                    tuple(ValidationType.DATE, "DATE(2012,7,1)", null, "B11"));
            assertThat(validations(wb.getSheet("Families"))).containsExactly(
                    tuple(ValidationType.INTEGER, "0", null, "B3:B7"));
            assertThat(validations(wb.getSheet("Funding"))).containsExactly(
                    tuple(ValidationType.LIST, "Partners", null, "A4:A33"),
                    tuple(ValidationType.LIST, "Sources", null, "C4:C33"),
                    tuple(ValidationType.LIST, "Arrangements", null, "D4:D33"),
                    tuple(ValidationType.DECIMAL, "0", null, "E4:G33"));
            assertThat(validations(wb.getSheet("Family records"))).containsExactly(
                    tuple(ValidationType.DATE, "DATE(2000,1,1)", "DATE(2012,9,30)", "B4:C1000000"),
                    tuple(ValidationType.DATE, "DATE(2000,1,1)", null, "D4:D1000000"),
                    tuple(ValidationType.LIST, "Outcomes", null, "E4:E1000000"));
            assertThat(validations(wb.getSheet("Explanations"))).containsExactly(
                    tuple(ValidationType.LIST, "WarningRules", null, "A2:A51"));

            assertThat(wb.getName("Partners").getRefersToFormula()).isEqualTo("Lists!$B$2:$B$16");
            assertThat(wb.getName("Strands").getRefersToFormula()).isEqualTo("Lists!$A$2:$A$4");
            assertThat(wb.getName("Sources").getRefersToFormula()).isEqualTo("Lists!$C$2:$C$3");
            assertThat(wb.getName("Arrangements").getRefersToFormula()).isEqualTo("Lists!$D$2:$D$5");
            assertThat(wb.getName("Outcomes").getRefersToFormula()).isEqualTo("Lists!$E$2:$E$5");
            XSSFSheet lists = wb.getSheet("Lists");
            assertThat(text(lists, 1, 1)).isEqualTo("Local authority");
            assertThat(text(lists, 15, 1)).isEqualTo("Other");
            assertThat(text(lists, 4, 4)).isEqualTo("Multiple");
        }
    }

    @Test
    void aFilledTemplateWithoutFamilyRecordsImportsAsAcceptedWithNoIssues() throws Exception {
        Path template = ReturnTemplate.write(REGISTER, "E08000025", Q2, out);
        Path filled = TemplateFiller.fill(template, out.resolve("inbox/E08000025-2012-13-Q2.xlsx"));

        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(filled)) {
            result = new ReturnValidator(REGISTER, AS_OF).validate(workbook, record -> { });
        }

        assertThat(result.issues()).isEmpty();
        assertThat(result.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(result.cover().areaCode()).isEqualTo("E08000025");
        assertThat(result.cover().period()).isEqualTo(Q2);
        assertThat(result.fundingLines()).hasSize(3);
        assertThat(result.familyRecords()).isZero();
    }

    @Test
    void aBlankTemplateIsRejectedOnlyForTheBlanksTheOfficerMustFill() throws Exception {
        Path template = ReturnTemplate.write(REGISTER, "E08000025", Q2, out);

        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(template)) {
            result = new ReturnValidator(REGISTER, AS_OF).validate(workbook, record -> { });
        }

        // No layout rule fires: only the values the officer has still to enter, and no budget lines yet.
        assertThat(result.issues()).extracting(i -> i.rule().id() + " " + i.location()).containsExactlyInAnyOrder(
                "COV-REQUIRED Cover!B8", "COV-REQUIRED Cover!B9", "COV-REQUIRED Cover!B10", "COV-REQUIRED Cover!B11",
                "FAM-NUMBER Families!B3", "FAM-NUMBER Families!B4", "FAM-NUMBER Families!B5", "FAM-NUMBER Families!B6",
                "FUND-EMPTY Funding");
    }

    @Test
    void refusesAnAreaTheRegisterDoesNotKnowOrAPeriodItDoesNotExpect() {
        assertThatThrownBy(() -> ReturnTemplate.write(REGISTER, "E99999999", Q2, out))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not in the register");
        assertThatThrownBy(() -> ReturnTemplate.write(REGISTER, "E08000025", Period.of("2010-11 Q4"), out))
                .isInstanceOf(TemplateException.class).hasMessageContaining("does not expect a return")
                .hasMessageContaining("2011-12 Q1");
        assertThat(out.resolve("templates")).doesNotExist();
    }

    static List<org.assertj.core.groups.Tuple> validations(XSSFSheet sheet) {
        List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            CellRangeAddress[] ranges = v.getRegions().getCellRangeAddresses();
            assertThat(ranges).hasSize(1);
            assertThat(v.getShowErrorBox()).isTrue();
            found.add(tuple(v.getValidationConstraint().getValidationType(), v.getValidationConstraint().getFormula1(),
                    v.getValidationConstraint().getFormula2(), ranges[0].formatAsString()));
        }
        return found;
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static String text(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row);
        XSSFCell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    static String allText(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell).append('\n')));
        return all.toString();
    }

    static boolean locked(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getCellStyle().getLocked();
    }
}
