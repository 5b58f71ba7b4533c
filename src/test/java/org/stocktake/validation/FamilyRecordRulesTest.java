package org.stocktake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FamilyRecordRulesTest {

    /** The standard's pattern for a family reference, as the regex it is written as. */
    static final Pattern STANDARD = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    @Test
    void aReferenceIsWellFormedExactlyWhenTheStandardsPatternMatches() {
        String[] samples = {"BHM-00042", "a", "A_b-9", "12345678901234567890", "123456789012345678901", "", " ",
                "BHM 00042", "BHM-0004²", "ÉSX-1", "BHM–00042", "x.y", "ab/c", "Z", "z", "0", "9", "_", "-", "@", "[",
                "`", "{", "/", ":", "BHM-00042\n", "ＢＨＭ"};
        for (String sample : samples) {
            assertThat(FamilyRecordRules.wellFormedReference(sample)).as(sample)
                    .isEqualTo(STANDARD.matcher(sample).matches());
        }
        // every single character, on its own and at the end of a 20-character reference
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String one = String.valueOf(c);
            assertThat(FamilyRecordRules.wellFormedReference(one)).as("U+%04X", (int) c)
                    .isEqualTo(STANDARD.matcher(one).matches());
            String twenty = "ABCDEFGHIJKLMNOPQRS" + c;
            assertThat(FamilyRecordRules.wellFormedReference(twenty)).isEqualTo(STANDARD.matcher(twenty).matches());
        }
    }
}
