package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the end-to-end tests read back from what a library gets: PDF text, the catalog's 代替 chain. */
public final class EditionFacts {

    private EditionFacts() {
    }

    /** The first page's text (PDFBox), without spaces, so that "WH/T 201—××××" reads "WH/T201—××××". */
    public static String firstPage(byte[] pdf) {
        return text(pdf, 1, 1);
    }

    /** The whole document's text, without spaces. */
    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    private static String text(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(Math.min(to, document.getNumberOfPages()));
            return stripper.getText(document).replaceAll("[\\s\\u3000]", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In {@code GET /api/standards/wh-t-201}: 2019 ← 2024 ← the new edition, and nothing else. */
    public static void chainIs2019Then2024ThenNew(JsonNode standard, String newNumber) {
        List<String> seen = new ArrayList<>();
        for (JsonNode e : standard.get("editions")) {
            String number = e.get("number").asText();
            seen.add(number);
            List<String> replaces = strings(e.get("replaces"));
            List<String> replacedBy = strings(e.get("replacedBy"));
            switch (number) {
                case "WH/T 201—2019" -> {
                    assertThat(replaces).as(number).isEmpty();
                    assertThat(replacedBy).as(number).containsExactly("WH/T 201—2024");
                }
                case "WH/T 201—2024" -> {
                    assertThat(replaces).as(number).containsExactly("WH/T 201—2019");
                    assertThat(replacedBy).as(number).containsExactly(newNumber);
                }
                default -> {
                    assertThat(number).isEqualTo(newNumber);
                    assertThat(replaces).as(number).containsExactly("WH/T 201—2024");
                    assertThat(replacedBy).as(number).isEmpty();
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("WH/T 201—2019", "WH/T 201—2024", newNumber);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
