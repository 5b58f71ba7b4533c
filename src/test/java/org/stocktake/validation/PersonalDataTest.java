package org.stocktake.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REC-PERSONAL-DATA's detector on realistic values: what must be caught, and what must pass. */
class PersonalDataTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "QQ123456C|a National Insurance number",
            "QQ 12 34 56 C|a National Insurance number",
            "qq123456c|a National Insurance number",
            "qq 12 34 56 c|a National Insurance number",
            "AB123456D|a National Insurance number",
            "SW1A 1AA|a postcode",
            "SW1A1AA|a postcode",
            "B33 8TH|a postcode",
            "B338TH|a postcode",
            "M1 1AE|a postcode",
            "M11AE|a postcode",
            "CR2 6XH|a postcode",
            "DN55 1PT|a postcode",
            "DN551PT|a postcode",
            "sw1a 1aa|a postcode",
            "lives at 10 Downing Street, SW1A 2AA|a postcode",
            "john.smith@example.com|an e-mail address",
            "j.o'neil+school@mail.co.uk|an e-mail address",
            "07700 900123|a phone number",
            "07700900123|a phone number",
            "020 7946 0958|a phone number",
            "+44 7700 900123|a phone number",
            "+44 (0)20 7946 0958|a phone number",
            "0121-496-0000|a phone number",
            "(0121) 496 0000|a phone number",
            "John Smith|a personal name",
            "Mary-Jane O'Neil|a personal name",
            "SMITH, John|a personal name",
            "Smith, John|a personal name",
            "JOHN SMITH|a personal name",
            "Siobhan McDonald|a personal name",
            "Mary Jane Smith|a personal name",
    })
    void personalDataIsCaught(String value, String kind) {
        assertThat(PersonalData.inText(value)).contains(kind);
        assertThat(PersonalData.inReference(value)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Smith_John", "Mary-Smith", "O'Neil_Mary", "John Smith"})
    void aReferenceMadeOfNamesIsCaught(String reference) {
        assertThat(PersonalData.inReference(reference)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BHM-0042", "F12345", "CASE_77", "BHM-00042", "LDN-2012-0001", "BHM-0000001",
            "ESX_2012_Q2_0417", "FR0001234", "A1", "12345", "2012-07-01", "14/05/2012", "01/10/2012", "41183",
            "1234.5", "1,234", "£1,234.50", "Crime and ASB", "Education", "Employment", "Multiple", "TRUE",
            "Closed", "n/a", "TBC", "2012-13 Q2", "Q2", "Phase 2", "Cohort 3A", "Team 1"})
    void ordinaryValuesPass(String value) {
        assertThat(PersonalData.inText(value)).isEmpty();
        assertThat(PersonalData.inReference(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'BHM-0000001',7,false,false", "'QQ 12 34 56 C',6,true,true", "'SW1A 1AA',2,false,true",
            "'07700 900123',11,false,false"})
    void theShapeAllowsEveryPatternThatCouldMatch(String value, int digits, boolean letterAfterSix,
            boolean digitThenLetter) {
        assertThat(PersonalData.Shape.of(value))
                .isEqualTo(new PersonalData.Shape(digits, letterAfterSix, digitThenLetter));
    }
}
