package cn.guifanku.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every character a PDF draws, with the font and glyph that draw it. Text extraction alone passes
 * even when every character prints as an empty box (it reads the ToUnicode map, not the glyphs);
 * this looks at the glyph each character code selects in the embedded font.
 */
final class PdfGlyphs {

    /**
     * One drawn character: its text, its page (1-based), its font, whether it has a visible glyph, and where it
     * stands (points from the page's top left corner, {@code y} at the baseline) and its width.
     */
    record DrawnChar(String text, int page, String fontName, boolean embedded, boolean realGlyph, float x, float y,
            float width) {
    }

    /** PostScript names of the CJK fonts in src/main/resources/fonts. */
    private static final Set<String> OUR_CJK_FONTS = Set.of("BousungEG-Light-GB", "WenQuanYiMicroHei",
            "DroidSansFallback", "HanaMinGapSubset", "HanaMinB");

    private PdfGlyphs() {
    }

    /** Whether a font (its subset prefix {@code ABCDEF+} aside) is one of our embedded CJK fonts. */
    static boolean isOurCjkFont(String fontName) {
        return OUR_CJK_FONTS.contains(fontName.substring(fontName.indexOf('+') + 1));
    }

    static List<DrawnChar> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector();
            collector.getText(document);
            return collector.drawn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in order. */
    static String allText(byte[] pdf) {
        StringBuilder text = new StringBuilder();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                text.append(text(pdf, i));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    static String text(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isCjk(String text) {
        int codePoint = text.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || (codePoint >= 0x2FF0 && codePoint <= 0x2FFF)
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static final class Collector extends PDFTextStripper {
        private final List<DrawnChar> drawn = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition position) {
            super.processTextPosition(position);
            PDFont font = position.getFont();
            boolean real = position.getCharacterCodes().length > 0;
            for (int code : position.getCharacterCodes()) {
                real &= hasVisibleGlyph(font, code);
            }
            drawn.add(new DrawnChar(position.getUnicode(), getCurrentPageNo(), font.getName(), font.isEmbedded(), real,
                    position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj()));
        }

        private static boolean hasVisibleGlyph(PDFont font, int code) {
            try {
                return font instanceof PDVectorFont vector && vector.hasGlyph(code)
                        && !vector.getPath(code).getBounds2D().isEmpty();
            } catch (IOException e) {
                return false;
            }
        }
    }
}
