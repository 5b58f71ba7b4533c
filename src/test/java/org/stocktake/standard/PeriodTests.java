package org.stocktake.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @ParameterizedTest
    @ValueSource(strings = {"2012-13 Q1", "2012/13 Q1", "2012-13-Q1", "2012-13Q1", "Q1 2012-13", "q1 2012/13", " 2012-13 q1 "})
    void everyFormTheStandardAcceptsIsRead(String text) {
        assertThat(Period.parse(text)).contains(new Period(2012, 1));
        assertThat(Period.parse(text).orElseThrow().toString()).isEqualTo("2012-13 Q1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-14 Q1", "2012-13 Q5", "2012 Q1", "Q1", "", "2012-13", "1999-00 Q1x"})
    void otherTextIsNotAPeriod(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void centuryTurnIsConsecutive() {
        assertThat(Period.parse("1999-00 Q4")).contains(new Period(1999, 4));
    }

    @Test
    void quartersFollowTheFinancialYear() {
        Period q4 = Period.of("2011-12 Q4");
        assertThat(q4.start()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2012, 3, 31));
        assertThat(q4.next()).isEqualTo(Period.of("2012-13 Q1"));
        assertThat(Period.of("2012-13 Q1").previous()).isEqualTo(q4);
        assertThat(Period.of("2012-13 Q1").start()).isEqualTo(LocalDate.of(2012, 4, 1));
        assertThat(Period.of("2012-13 Q3").end()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(Period.containing(LocalDate.of(2012, 3, 31))).isEqualTo(q4);
        assertThat(Period.containing(LocalDate.of(2012, 4, 1))).isEqualTo(Period.of("2012-13 Q1"));
        assertThat(Period.of("2012-13 Q2").fileName()).isEqualTo("2012-13-Q2");
    }
}
