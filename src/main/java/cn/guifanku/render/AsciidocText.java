package cn.guifanku.render;

/** Text that goes into generated AsciiDoc as data, never as markup (a commenter's words, a 体系表 title). */
public final class AsciidocText {

    private AsciidocText() {
    }

    /**
     * Escapes every character AsciiDoc would interpret as a character reference and folds line breaks into spaces,
     * so the text reads as written and cannot end a table cell or start a block.
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else if ("&<>{}[]*_`+#^~:|\\'\"".indexOf(c) >= 0) {
                out.append("&#").append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
