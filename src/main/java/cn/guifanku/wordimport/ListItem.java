package cn.guifanku.wordimport;

import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A paragraph read as a list item: by Word's numbering (its level and number format) or by what GB/T 1.1 lists begin
 * with when typed by hand — "——", "a)", "1)" (1) under a) is the second level). {@code style} is the AsciiDoc
 * numbering style ({@code loweralpha}, {@code arabic} …), null for a —— list; {@code skip} the code points of the
 * hand-typed marker.
 */
record ListItem(int depth, String style, int skip) {

    private static final Pattern DASH = Pattern.compile("^(——|—|－－)[\\s\\u3000]*");
    private static final Pattern LETTER = Pattern.compile("^[a-z][)）][\\s\\u3000]*");
    private static final Pattern DIGIT = Pattern.compile("^\\d{1,2}[)）][\\s\\u3000]*");

    /** {@code openStyle} is the style of the open list's first level (null when no numbered list is open). */
    static Optional<ListItem> of(XWPFParagraph p, String text, boolean listOpen, String openStyle) {
        if (p.getNumID() != null && p.getNumFmt() != null) {
            BigInteger ilvl = p.getNumIlvl();
            int depth = Math.min(5, ilvl == null ? 1 : ilvl.intValue() + 1);
            return Optional.of(new ListItem(depth, style(p.getNumFmt()), 0));
        }
        Matcher m;
        if ((m = DASH.matcher(text)).lookingAt()) {
            return Optional.of(new ListItem(openStyle != null ? 2 : 1, null, m.end()));
        }
        if ((m = LETTER.matcher(text)).lookingAt()) {
            return Optional.of(new ListItem(1, "loweralpha", m.end()));
        }
        if ((m = DIGIT.matcher(text)).lookingAt()) {
            boolean under = listOpen && "loweralpha".equals(openStyle);
            return Optional.of(new ListItem(under ? 2 : 1, "arabic", m.end()));
        }
        return Optional.empty();
    }

    private static String style(String numFmt) {
        return switch (numFmt) {
            case "bullet" -> null;
            case "lowerLetter" -> "loweralpha";
            case "upperLetter" -> "upperalpha";
            case "lowerRoman" -> "lowerroman";
            case "upperRoman" -> "upperroman";
            default -> "arabic";
        };
    }
}
