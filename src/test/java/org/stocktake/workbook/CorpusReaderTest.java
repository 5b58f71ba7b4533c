package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.standard.Rule;

class CorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void everyCorpusFileIsReadOrRefusedWithAnAcceptableRule() throws Exception {
        List<String> failures = CorpusSweep.run(false);
        assertThat(failures).isEmpty();
        assertThat(Corpus.manifest()).hasSize(68);
    }

    @Test
    void mac1904WorkbookKeepsNumbersInGeneralCellsAsNumbers() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("DateFormatNumberTests.xlsx"))) {
            assertThat(((XlsxWorkbook) wb).date1904()).isTrue();
            assertThat(wb.sheetNames()).containsExactly("Flags", "Tests");
            Grid g = wb.grid("Tests");
            assertThat(g.cell(2, 2).orElseThrow().number()).isEqualTo(new BigDecimal("1"));
            assertThat(g.cell(3, 2).orElseThrow().text()).isEqualTo("1.5");
            // 1.0032134017094001 to 15 significant digits
            assertThat(g.cell(4, 2).orElseThrow().text()).isEqualTo("1.0032134017094");
            assertThat(g.cell(2, 1).orElseThrow().text()).isEqualTo("yyyy-mm-dd hh:mm:ss.000");
        }
    }

    @Test
    void rowsAndCellsWithoutNumbersArePositional() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("59746_NoRowNums.xlsx"))) {
            Grid g = wb.grid("Features");
            assertThat(g.row(1)).extracting(Cell::text).startsWith("Checked", "Ion", "Charge", "Molecular Weight");
            assertThat(g.cell(1, 10).orElseThrow().text()).isEqualTo("Study File ID");
            assertThat(g.cell(2, 0).orElseThrow().kind()).isEqualTo(Cell.Kind.BOOLEAN);
            assertThat(g.rowNumbers()).startsWith(1, 2, 3);
        }
    }

    @Test
    void inlineStringsWithoutRowNumbersInTenSheets() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("56278.xlsx"))) {
            assertThat(wb.sheetNames()).hasSize(10).startsWith("Market Rates", "Deposit Rates");
            Grid g = wb.grid("Market Rates");
            assertThat(g.cell(1, 0).orElseThrow().text()).isEqualTo("Market Rates");
            assertThat(g.cell(4, 0).orElseThrow().text()).isEqualTo("Prime");
            assertThat(g.cell(4, 1).orElseThrow().text()).isEqualTo("0.032500");
        }
    }

    @Test
    void aHiddenFirstSheetIsStillASheet() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("TwoSheetsOneHidden.xlsx"))) {
            assertThat(wb.sheetNames()).containsExactly("Sheet1", "Sheet2");
            assertThat(wb.grid("Sheet1").cell(1, 0).orElseThrow().text()).isEqualTo("Sheet1A1");
        }
    }

    @Test
    void formulasWithoutCachedValuesAreEvaluated() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("bug60858.xlsx"))) {
            Grid g = wb.grid("Arbeitszeitcheck_2.3");
            // G2: IF(Q2="LT",SUMIFS(...)-X2," ") with Q2 = "LT", X2 = 0 → 0; I2 yields a single space
            assertThat(g.cell(2, 6).orElseThrow().kind()).isEqualTo(Cell.Kind.NUMBER);
            assertThat(g.cell(2, 6).orElseThrow().text()).isEqualTo("0");
            assertThat(g.cell(2, 8).orElseThrow().text()).isEqualTo(" ");
        }
    }

    @Test
    void cachedErrorsAreFormulaErrors() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("FormulaEvalTestData_Copy.xlsx"))) {
            Grid g = wb.grid("EverythingTests");
            List<String> errors = new ArrayList<>();
            for (int row = 7; row <= 13; row++) {
                Cell c = g.cell(row, 26).orElseThrow();
                assertThat(c.kind()).isEqualTo(Cell.Kind.FORMULA_ERROR);
                errors.add(c.text());
            }
            assertThat(errors).containsExactly("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A");
        }
    }

    @Test
    void sharedFormulasCachedAndEvaluated() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("shared_formulas.xlsx"))) {
            Grid g = wb.grid("Label");
            assertThat(g.cell(2, 0).orElseThrow().text()).isEqualTo("ProductionOrderConfirmation");
            assertThat(g.cell(3, 0).orElseThrow().text()).isEqualTo("RequiredAcceptanceDate");
        }
        Path stripped = TestFiles.rewrite(Corpus.file("shared_formulas.xlsx"), dir.resolve("sf.xlsx"), "sheet1.xml",
                xml -> xml.replaceAll("(</f>|<f t=\"shared\" si=\"0\"/>)<v>[^<]*</v>", "$1"));
        assertThat(TestFiles.entryText(stripped, "xl/worksheets/sheet1.xml")).contains("<f t=\"shared\" si=\"0\"/></c>");
        try (ReturnWorkbook wb = Workbooks.open(stripped)) {
            Grid g = wb.grid("Label");
            assertThat(g.cell(2, 0).orElseThrow().text()).isEqualTo("ProductionOrderConfirmation");
            assertThat(g.cell(3, 0).orElseThrow().text()).isEqualTo("RequiredAcceptanceDate");
            assertThat(g.cell(11, 0).orElseThrow().text()).isEqualTo("ID");
        }
    }

    @Test
    void strictOoxmlIsReadByLocalNames() throws Exception {
        try (ReturnWorkbook wb = Workbooks.open(Corpus.file("SimpleStrict.xlsx"))) {
            assertThat(wb.sheetNames()).containsExactly("Sheet1", "Sheet Number 2");
            Grid g = wb.grid("Sheet Number 2");
            assertThat(g.cell(1, 0).orElseThrow().text()).isEqualTo("This is sheet 2");
            Cell date = g.cell(4, 0).orElseThrow();
            assertThat(date.kind()).isEqualTo(Cell.Kind.DATE);
            // serial 32874 in the 1900 system is 1 Jan 1990
            assertThat(date.number()).isEqualTo(new BigDecimal("32874"));
            assertThat(date.date()).isEqualTo(java.time.LocalDate.of(1990, 1, 1));
        }
    }

    @Test
    void hostileFilesGetTheirRules() {
        assertRule("poc-shared-strings.xlsx", Rule.FILE_TOO_LARGE, true);
        assertRule("poc-xmlbomb.xlsx", Rule.FILE_UNREADABLE, false);
        assertRule("testEXCEL_5.xls", Rule.FILE_FORMAT, false);
        assertRule("testEXCEL_3.xls", Rule.FILE_FORMAT, false);
        assertRule("60284.xls", Rule.FILE_ENCRYPTED, false);
        assertRule("password.xls", Rule.FILE_ENCRYPTED, false);
        assertRule("protected_sha512.xlsx", Rule.FILE_ENCRYPTED, false);
        assertRule("SampleSS.ods", Rule.FILE_FORMAT, false);
        assertRule("Simple.xlsb", Rule.FILE_FORMAT, false);
        assertRule("SampleSS.xml", Rule.FILE_FORMAT, false);
        assertRule("invalid.xlsx", Rule.FILE_UNREADABLE, false);
    }

    private static void assertRule(String file, Rule rule, boolean whileReading) {
        assertThatThrownBy(() -> {
            try (ReturnWorkbook wb = Workbooks.open(Corpus.file(file))) {
                for (String sheet : wb.sheetNames()) {
                    wb.grid(sheet);
                }
            }
        }).as(file).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.rule()).as(file).isEqualTo(rule);
            assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
        });
    }
}
