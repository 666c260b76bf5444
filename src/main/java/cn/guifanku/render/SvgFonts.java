package cn.guifanku.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fonts of an SVG figure: every font-family becomes one the PDF embeds (宋体 or 黑体, with the browser's serif or
 * sans-serif after it), and a label is checked against 宋体, since prawn-svg draws a label in one font, without the
 * per-glyph fallbacks of the body text (a missing glyph would also break PDF/A). 宋体 holds GB 2312; 黑体 holds more.
 */
final class SvgFonts {

    static final String SONG = "GBT Song, serif";
    static final String HEI = "GBT Hei, sans-serif";
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}\"]*)", Pattern.CASE_INSENSITIVE);

    private Font song;

    /** 黑体 for what asks for a sans-serif or 黑体 face, 宋体 for everything else. */
    String family(String requested) {
        String r = requested.toLowerCase(Locale.ROOT);
        return r.contains("sans") || r.contains("hei") || r.contains("黑") || r.contains("gothic") ? HEI : SONG;
    }

    /** Every font-family in CSS text (a style attribute or element) set to ours. */
    String inCss(String css) {
        return FONT_FAMILY.matcher(css).replaceAll(m -> "font-family: " + family(m.group(1)));
    }

    /** The first character of a label our 宋体 cannot draw. */
    Optional<String> missingGlyph(String text) {
        Font font = song();
        return text.codePoints().filter(c -> !Character.isWhitespace(c) && !font.canDisplay(c))
                .mapToObj(Character::toString).findFirst();
    }

    /** The PDF's 宋体 (GBT Song), read once, the first time a label is checked. */
    private synchronized Font song() {
        if (song == null) {
            try (InputStream in = SvgFonts.class.getResourceAsStream("/fonts/gbsn00lp.ttf")) {
                song = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the 宋体 font cannot be read", e);
            }
        }
        return song;
    }
}
