package org.stocktake.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, on a file: which rules of each profile failed, and how often. */
final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Validates the file against the profiles in one pass. For each profile, its failed rules as veraPDF names them
     * (clause-test, such as {@code 7.1-3}) with the number of failed checks: empty when the file conforms.
     */
    static Map<PDFAFlavour, Map<String, Integer>> failedRules(Path pdf, PDFAFlavour... profiles) throws Exception {
        Map<PDFAFlavour, Map<String, Integer>> failedByProfile = new LinkedHashMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), profiles[0])) {
            List<ValidationResult> results = Foundries.defaultInstance().createValidator(List.of(profiles)).validateAll(parser);
            for (ValidationResult result : results) {
                assertThat(result.getValidationProfile().getRules()).as("rules of %s", result.getPDFAFlavour())
                        .hasSizeGreaterThan(50);
                Map<String, Integer> failed = new TreeMap<>();
                result.getFailedChecks().forEach((rule, checks) -> failed.put(rule.getClause() + "-" + rule.getTestNumber(), checks));
                assertThat(result.isCompliant()).as("%s compliant, failed %s", result.getPDFAFlavour(), failed)
                        .isEqualTo(failed.isEmpty());
                failedByProfile.put(result.getPDFAFlavour(), failed);
            }
        }
        assertThat(failedByProfile.keySet()).as("profiles validated").containsExactlyInAnyOrder(profiles);
        return failedByProfile;
    }
}
