package org.stocktake.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextValuesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234|1234", "'1,234'|1234", "£1,234.50|1234.50", "' 1234 '|1234",
            "'£ 12,500'|12500", "-5|-5", "0.1|0.1", "'1,234,567.89'|1234567.89"})
    void textNumbersAreReadExactly(String text, String expected) {
        assertThat(TextValues.number(text)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n/a", "TBC", "-", "", "12,5O0", "1,23", "1.2.3", "£", "12 500"})
    void otherTextIsNotANumber(String text) {
        assertThat(TextValues.number(text)).isEmpty();
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndIsNeverNegative() {
        assertThat(TextValues.isMoney(new BigDecimal("12.50"))).isTrue();
        assertThat(TextValues.isMoney(new BigDecimal("12.500"))).isTrue();
        assertThat(TextValues.isMoney(new BigDecimal("12.505"))).isFalse();
        assertThat(TextValues.isMoney(new BigDecimal("-0.01"))).isFalse();
    }

    @Test
    void textDatesInBothFormsAreRead() {
        assertThat(TextValues.date("2012-07-31")).contains(LocalDate.of(2012, 7, 31));
        assertThat(TextValues.date("31/07/2012")).contains(LocalDate.of(2012, 7, 31));
        assertThat(TextValues.date("31/02/2012")).isEmpty();
        assertThat(TextValues.date("07/31/2012")).isEmpty();
        assertThat(TextValues.date("31 July 2012")).isEmpty();
    }
}
