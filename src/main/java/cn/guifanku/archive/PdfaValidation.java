package cn.guifanku.archive;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * Checks a PDF against a PDF/A profile with veraPDF (its own parser and the PDF Association's rules, the reference
 * validator for PDF/A), and says which rules the file breaks. Thread-safe: each check has its own parser and validator.
 */
public final class PdfaValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The level every published PDF reaches: PDF/A-2u (PDF/A-2b, and every glyph maps to Unicode). */
    public static final String LEVEL = "PDF/A-2u";

    private static final PDFAFlavour FLAVOUR = PDFAFlavour.PDFA_2_U;

    private final ValidationProfile profile = VeraProfile.load("org/verapdf/pdfa/validation/PDFA-2U.xml");

    /** One rule broken: its clause of ISO 19005-2 and test number, what it asks, and how often it failed. */
    public record BrokenRule(String clause, int test, String description, int failures) {
        /** The rule's name as veraPDF and its documentation give it, for example {@code 6.2.11.4.1-1}. */
        public String id() {
            return clause + "-" + test;
        }

        @Override
        public String toString() {
            return "ISO 19005-2 " + id() + "（" + failures + " 处）: " + description;
        }
    }

    /** What veraPDF found: compliant when no rule is broken. */
    public record Report(String level, List<BrokenRule> broken) {
        public Report {
            broken = List.copyOf(broken);
        }

        public boolean compliant() {
            return broken.isEmpty();
        }
    }

    /** Validates the PDF against PDF/A-2u. @throws IllegalArgumentException when the bytes are no PDF veraPDF reads */
    public Report validate(byte[] pdf) {
        var foundry = Foundries.defaultInstance();
        try (PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), FLAVOUR);
             PDFAValidator validator = foundry.createValidator(profile, false)) {
            ValidationResult result = validator.validate(parser);
            Map<RuleId, Integer> failed = result.getFailedChecks();
            List<BrokenRule> broken = failed.entrySet().stream()
                    .map(e -> {
                        Rule rule = profile.getRuleByRuleId(e.getKey());
                        return new BrokenRule(e.getKey().getClause(), e.getKey().getTestNumber(),
                                rule == null ? "" : rule.getDescription(), e.getValue());
                    })
                    .sorted(Comparator.comparing(BrokenRule::clause).thenComparingInt(BrokenRule::test))
                    .toList();
            if (!result.isCompliant() && broken.isEmpty()) {
                broken = List.of(new BrokenRule("?", 0, "veraPDF: " + result.getJobEndStatus(), 1));
            }
            return new Report(LEVEL, broken);
        } catch (Exception e) {
            throw new IllegalArgumentException("veraPDF could not read the PDF: " + e.getMessage(), e);
        }
    }
}
