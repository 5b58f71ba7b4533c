package org.stocktake.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** The fast paths for the commonest cells (whole numbers, whole-day dates) give what the general paths give. */
class SpreadsheetNumbersTest {

    @Test
    void aWholeSerialIsTheDayPoiGivesItInBothDateSystems() {
        for (int serial = 0; serial <= 2_958_465; serial++) { // to 9999-12-31, Excel's last day
            for (boolean use1904 : new boolean[] {false, true}) {
                LocalDate poi = DateUtil.getLocalDateTime(serial, use1904).toLocalDate();
                assertThat(SpreadsheetNumbers.wholeDay(serial, use1904)).as("serial %d, 1904: %s", serial, use1904)
                        .isEqualTo(poi);
            }
        }
    }

    @Test
    void datesAroundTheDayThatNeverWas() {
        assertThat(SpreadsheetNumbers.date(1, false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(SpreadsheetNumbers.date(59, false)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(SpreadsheetNumbers.date(60, false)).isEqualTo(LocalDate.of(1900, 3, 1)); // Excel's 29 Feb 1900
        assertThat(SpreadsheetNumbers.date(61, false)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(SpreadsheetNumbers.date(40634, false)).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(SpreadsheetNumbers.date(39172, true)).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(SpreadsheetNumbers.date(40634.75, false)).isEqualTo(LocalDate.of(2011, 4, 1));
        assertThat(SpreadsheetNumbers.date(-1, false)).isNull();
    }

    @Test
    void aPlainIntegerParsesAsTheGeneralPathParsesIt() {
        for (String text : new String[] {"0", "-0", "7", "-3", "40634", "1000", "-1000", "999999999999999",
            "-999999999999999", "000123"}) {
            BigDecimal general = SpreadsheetNumbers.exact(new BigDecimal(text));
            assertThat(SpreadsheetNumbers.parse(text)).as(text).isEqualTo(general)
                    .satisfies(n -> assertThat(n.scale()).isEqualTo(general.scale()));
        }
    }

    @Test
    void otherNumbersTakeTheGeneralPath() {
        assertThat(SpreadsheetNumbers.parse("1234567890123456789")).isEqualTo(new BigDecimal("1234567890123460000"));
        assertThat(SpreadsheetNumbers.parse("0.30000000000000004")).isEqualTo(new BigDecimal("0.3"));
        assertThat(SpreadsheetNumbers.parse("1E+3")).isEqualTo(new BigDecimal("1000"));
        assertThat(SpreadsheetNumbers.parse(" 12 ")).isEqualTo(new BigDecimal("12"));
        assertThat(SpreadsheetNumbers.parse("-")).isNull();
        assertThat(SpreadsheetNumbers.parse("")).isNull();
        assertThat(SpreadsheetNumbers.parse("1E+999999999")).isNull();
    }
}
