package org.stocktake.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.reference.RegisterEntry;
import org.stocktake.standard.ReturnLayout;
import org.stocktake.standard.ReturnLayout.CoverLabels;
import org.stocktake.standard.ReturnLayout.FamiliesLabels;
import org.stocktake.validation.FamilyRecord;
import org.stocktake.validation.FundingLine;
import org.stocktake.validation.ReturnStatus;
import org.stocktake.validation.ReturnValidator;
import org.stocktake.validation.ValidatedReturn;
import org.stocktake.workbook.ReturnWorkbook;
import org.stocktake.workbook.Workbooks;

/** A template filled in through {@link ReturnTemplate#fillIn}, as the samples are written, in both formats. */
class FilledReturnTests {

    static final RegisterEntry BIRMINGHAM = ReturnTemplateTests.REGISTER.entryFor("E08000025", ReturnTemplateTests.Q2)
            .orElseThrow();

    @TempDir
    Path out;

    /** Birmingham's Cover and Families filled in, no budget lines yet. */
    static FilledReturn signedOff() {
        return FilledReturn.of(BIRMINGHAM, ReturnTemplateTests.Q2)
                .cover(CoverLabels.CONTACT_NAME, "Asha Patel")
                .cover(CoverLabels.CONTACT_EMAIL, "asha.patel@birmingham.gov.uk")
                .cover(CoverLabels.SIGNED_OFF_BY, "Tom Okafor")
                .cover(CoverLabels.SIGNED_OFF_ON, LocalDate.of(2012, 10, 15))
                .families(FamiliesLabels.IDENTIFIED, 2).families(FamiliesLabels.STARTED, 1)
                .families(FamiliesLabels.HELPED, 1).families(FamiliesLabels.OUTCOMES, 1);
    }

    static FilledReturn filled() {
        return signedOff()
                .fundingLine("Local authority", "Family intervention service", "Local", "Pooled",
                        new BigDecimal("1000.50"), new BigDecimal("500.25"), new BigDecimal("400"))
                .fundingLine("DWP", "ESF families provision", "Central", "Virtual pool", new BigDecimal("2000"),
                        new BigDecimal("1000.10"), new BigDecimal("900"))
                .record("BHM-0001", LocalDate.of(2012, 5, 1), LocalDate.of(2012, 8, 1), LocalDate.of(2012, 9, 1),
                        "Education")
                .record("BHM-0002", LocalDate.of(2012, 6, 1), null, null, null)
                .explanation("FUND-SOURCE", "not needed this quarter");
    }

    @Test
    void aFilledInTemplateImportsAsItStandsAsXlsxAndAsLegacyXls() throws Exception {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Path file = write(wb, filled(), wb instanceof HSSFWorkbook ? "filled.xls" : "filled.xlsx");

            List<FamilyRecord> records = new ArrayList<>();
            ValidatedReturn result;
            try (ReturnWorkbook workbook = Workbooks.open(file)) {
                result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                        .validate(workbook, records::add);
            }

            assertThat(result.issues()).as(file.toString()).isEmpty();
            assertThat(result.status()).isEqualTo(ReturnStatus.ACCEPTED);
            assertThat(result.cover().contactName()).isEqualTo("Asha Patel");
            assertThat(result.cover().signedOffOn()).isEqualTo(LocalDate.of(2012, 10, 15));
            assertThat(result.families().identified()).isEqualTo(2);
            assertThat(result.fundingLines()).extracting(FundingLine::row, FundingLine::partner, FundingLine::received)
                    .containsExactly(tuple(4, "Local authority", new BigDecimal("500.25")),
                            tuple(5, "DWP", new BigDecimal("1000.10")));
            assertThat(records).extracting(FamilyRecord::row, FamilyRecord::reference, FamilyRecord::outcome)
                    .containsExactly(tuple(4, "BHM-0001", "Education"),
                            tuple(5, "BHM-0002", null));
            try (Workbook back = WorkbookFactory.create(file.toFile(), null, true)) {
                Sheet funding = back.getSheet(ReturnLayout.FUNDING);
                assertThat(funding.getRow(33).getCell(4).getCellFormula()).isEqualTo("SUM(E4:E33)");
                assertThat(funding.getRow(33).getCell(4).getNumericCellValue()).isEqualTo(3000.5);
                assertThat(funding.getRow(33).getCell(5).getNumericCellValue()).isEqualTo(1500.35);
                assertThat(back.isSheetHidden(back.getSheetIndex("Lists"))).isTrue();
                assertThat(back.getName("Partners").getRefersToFormula()).isEqualTo("Lists!$B$2:$B$16");
                assertThat(back.getSheet(ReturnLayout.COVER).getProtect()).isTrue();
                assertThat(back.getSheet(ReturnLayout.EXPLANATIONS).getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo("FUND-SOURCE");
            }
        }
    }

    @Test
    void theFundingTableCanSitLowerAndHoldJustItsLines() throws Exception {
        Path file = write(new XSSFWorkbook(), filled().fundingTable(4, 2), "compact.xlsx");

        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                    .validate(workbook, record -> { });
        }
        assertThat(result.issues()).isEmpty();
        assertThat(result.fundingLines()).extracting(FundingLine::row).containsExactly(5, 6);
        try (Workbook back = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet funding = back.getSheet(ReturnLayout.FUNDING);
            assertThat(funding.getRow(6).getCell(0).getStringCellValue()).isEqualTo(ReturnLayout.TOTAL);
            assertThat(funding.getRow(6).getCell(6).getCellFormula()).isEqualTo("SUM(G5:G6)");
        }
    }

    @Test
    void valuesGoWhereTheTemplateHoldsThemAndMustFitTheLayout() {
        assertThat(ReturnTemplate.valueRef(CoverLabels.TEMPLATE_VERSION)).isEqualTo("B3");
        assertThat(ReturnTemplate.valueRef(CoverLabels.AREA_NAME)).isEqualTo("B5");
        assertThat(ReturnTemplate.valueRef(CoverLabels.SIGNED_OFF_ON)).isEqualTo("B11");
        assertThat(ReturnTemplate.valueRef(FamiliesLabels.STARTED)).isEqualTo("B4");
        assertThatThrownBy(() -> filled().fundingLine("Police", "too few values"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 7 values");
        assertThatThrownBy(() -> filled().cover(FamiliesLabels.HELPED, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Families helped to date");
        assertThatThrownBy(() -> ReturnTemplate.fillIn(withASheet(), filled()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be empty");
    }

    private static Workbook withASheet() {
        Workbook wb = new XSSFWorkbook();
        wb.createSheet("Mine");
        return wb;
    }

    @Test
    void amountsHeldAsTextAreLeftOutOfTheTotalsSumAndFundTotalNamesTheCellsToRetype() throws Exception {
        FilledReturn values = signedOff()
                // E5, E6, E7 and F6 pasted from an e-mail: text, which the Total's SUM leaves out
                .fundingLine("Local authority", "Family intervention service", "Local", "Pooled",
                        new BigDecimal("1200000.00"), new BigDecimal("600000"), new BigDecimal("450000.50"))
                .fundingLine("Police", "Integrated offender management", "Local", "Aligned", "250000",
                        new BigDecimal("125000"), new BigDecimal("100000"))
                .fundingLine("DWP", "ESF families provision", "Central", "Virtual pool", "£100,000.50", "1000",
                        new BigDecimal("900"))
                .fundingLine("Health", "Substance misuse treatment", "Local", "Aligned", " 50,000.25 ",
                        new BigDecimal("20000"), new BigDecimal("10000"));
        Path file = write(new XSSFWorkbook(), values, "pasted.xlsx");

        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                    .validate(workbook, record -> { });
        }

        assertThat(result.status()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(result.issues()).extracting(i -> i.rule().id() + " " + i.location(), i -> i.message())
                .containsExactly(
                        tuple("FUND-TOTAL Funding!E34", "Funding!E34: the Total of \"Committed this year\" is"
                                + " £1,200,000.00 but the lines add up to £1,600,000.75; E5, E6 and E7 hold their"
                                + " amounts as text, which the Total's SUM leaves out: retype them as numbers"),
                        tuple("FUND-TOTAL Funding!F34", "Funding!F34: the Total of \"Received to date\" is"
                                + " £745,000.00 but the lines add up to £746,000.00; F6 holds its amount as text, which"
                                + " the Total's SUM leaves out: retype it as a number"));
    }

    @Test
    void aTotalThatDiffersForAnotherReasonThanTextIsNotBlamedOnIt() throws Exception {
        FilledReturn values = filled().fundingLine("Police", "Integrated offender management", "Local", "Aligned",
                "250", new BigDecimal("125"), new BigDecimal("100"));
        Path file = out.resolve("typed-total.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(file)) {
            ReturnTemplate.fillIn(wb, values);
            // the officer typed over the Total's formula (the sheet unprotected): not the sum of the numbers either
            wb.getSheet(ReturnLayout.FUNDING).getRow(33).getCell(4).setCellValue(3100.50);
            wb.write(o);
        }

        ValidatedReturn result;
        try (ReturnWorkbook workbook = Workbooks.open(file)) {
            result = new ReturnValidator(ReturnTemplateTests.REGISTER, ReturnTemplateTests.AS_OF)
                    .validate(workbook, record -> { });
        }

        assertThat(result.issues()).extracting(i -> i.message()).containsExactly("Funding!E34: the Total of"
                + " \"Committed this year\" is £3,100.50 but the lines add up to £3,250.50; correct the total or the"
                + " lines");
    }

    private Path write(Workbook wb, FilledReturn values, String name) throws Exception {
        Path file = out.resolve(name);
        try (wb; OutputStream o = Files.newOutputStream(file)) {
            ReturnTemplate.fillIn(wb, values);
            wb.write(o);
        }
        return file;
    }
}
