package org.stocktake.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stocktake.standard.Period;

class ReferenceCsvTests {

    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void registerWithSeveralRowsPerAreaAndExtraColumnsIsRead() throws Exception {
        Path file = write("pilots.csv", """
                area_code,area_name,strand,first_period,last_period,note
                E10000012,Essex,Families with multiple problems,2011-12 Q1,2011-12 Q4,phase 1 pilot
                E10000012,Essex,Whole place,2012/13 Q1,,"whole place, from 2012-13"
                E06000050,Cheshire West and Chester,whole place,2012-13 Q1,,
                """);

        Register register = ReferenceCsv.readRegister(file);

        assertThat(register.entries()).containsExactly(
                new RegisterEntry("E10000012", "Essex", "Families with multiple problems", Period.of("2011-12 Q1"),
                        Period.of("2011-12 Q4")),
                new RegisterEntry("E10000012", "Essex", "Whole place", Period.of("2012-13 Q1"), null),
                new RegisterEntry("E06000050", "Cheshire West and Chester", "Whole place", Period.of("2012-13 Q1"), null));
        assertThat(register.entryFor("E10000012", Period.of("2011-12 Q3")).orElseThrow().strand())
                .isEqualTo("Families with multiple problems");
        assertThat(register.entryFor("E10000012", Period.of("2013-14 Q1")).orElseThrow().strand()).isEqualTo("Whole place");
        assertThat(register.expectedIn(Period.of("2011-12 Q4"))).extracting(RegisterEntry::areaCode)
                .containsExactly("E10000012");
        assertThat(register.firstPeriod("E10000012")).contains(Period.of("2011-12 Q1"));
    }

    @Test
    void registerWithABadRowIsRefusedNamingFileLineAndReason() throws Exception {
        Path file = write("pilots.csv", """
                area_code,area_name,strand,first_period,last_period
                E08000025,Birmingham,Families with multiple problems,2011-12 Q1,
                E0800003,Bradford,Families with multiple problems,2011-12 Q1,
                """);
        assertThatThrownBy(() -> ReferenceCsv.readRegister(file)).isInstanceOf(ReferenceDataException.class)
                .hasMessage("pilots.csv line 3: area_code \"E0800003\" is not a GSS code (E and 8 digits)");
    }

    @Test
    void registerRowsOfOneAreaMustNotOverlap() throws Exception {
        Path file = write("pilots.csv", """
                area_code,area_name,strand,first_period,last_period
                E10000012,Essex,Families with multiple problems,2011-12 Q1,2012-13 Q1
                E10000012,Essex,Whole place,2012-13 Q1,
                """);
        assertThatThrownBy(() -> ReferenceCsv.readRegister(file))
                .hasMessageStartingWith("pilots.csv line 3: the periods of E10000012 overlap");
    }

    @Test
    void registerWithAnInvalidPeriodOrStrandIsRefused() throws Exception {
        Path periods = write("pilots.csv", """
                area_code,area_name,strand,first_period
                E08000025,Birmingham,Families with multiple problems,2011-13 Q1
                """);
        assertThatThrownBy(() -> ReferenceCsv.readRegister(periods))
                .hasMessage("pilots.csv line 2: first_period \"2011-13 Q1\" is not a period such as 2012-13 Q1");
        Path strands = write("pilots2.csv", """
                area_code,area_name,strand,first_period
                E08000025,Birmingham,Troubled families,2011-12 Q1
                """);
        assertThatThrownBy(() -> ReferenceCsv.readRegister(strands)).hasMessageStartingWith(
                "pilots2.csv line 2: strand \"Troubled families\" is not one of");
    }

    @Test
    void ledgerIsReadWithExactAmounts() throws Exception {
        Path file = write("ledger.csv", """
                area_code,department,period,amount,reference
                E08000025,DWP,2012-13 Q1,100000.10,ESF-001
                E08000025,department of health,2012-13 Q2,"1,250.5",DH-7
                """);

        List<LedgerPayment> ledger = ReferenceCsv.readLedger(file);

        assertThat(ledger).containsExactly(
                new LedgerPayment("E08000025", "DWP", Period.of("2012-13 Q1"), new BigDecimal("100000.10"), "ESF-001"),
                new LedgerPayment("E08000025", "Department of Health", Period.of("2012-13 Q2"), new BigDecimal("1250.50"), "DH-7"));
    }

    @Test
    void ledgerWithALocalPartnerOrABadAmountIsRefused() throws Exception {
        Path partner = write("ledger.csv", """
                area_code,department,period,amount,reference
                E08000025,Police,2012-13 Q1,100,P-1
                """);
        assertThatThrownBy(() -> ReferenceCsv.readLedger(partner)).hasMessageStartingWith(
                "ledger.csv line 2: department \"Police\" is not one of DCLG, DfE");
        Path amount = write("ledger2.csv", """
                area_code,department,period,amount,reference
                E08000025,DWP,2012-13 Q1,100.001,X
                """);
        assertThatThrownBy(() -> ReferenceCsv.readLedger(amount)).hasMessage(
                "ledger2.csv line 2: amount \"100.001\" is not an amount of money (a number ≥ 0 with at most 2 decimal places)");
    }

    @Test
    void fileWithoutARequiredColumnIsRefused() throws Exception {
        Path file = write("ledger.csv", "area_code,department,amount\nE08000025,DWP,1\n");
        assertThatThrownBy(() -> ReferenceCsv.readLedger(file)).hasMessageContaining("ledger.csv line 1: the header has no column");
    }
}
