package cn.guifanku.wordimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The body of the AsciiDoc being written, line by line, each line remembering the Word paragraph it came from; blocks
 * are separated by one blank line, and list items are kept together with their numbering style.
 */
final class AdocWriter {

    /** What would start a block or a list if a paragraph began with it. */
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:[=*.\\-|/<>\\[]|\\d+\\.\\s|[a-zA-Z]\\.\\s|(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):|image::|'''|\\+)");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{(?=[\\w-]+})");

    private final List<String> lines = new ArrayList<>();
    private final List<Integer> origins = new ArrayList<>();
    private final Map<Integer, String> listStyles = new HashMap<>();
    private boolean inList;

    /** Text as AsciiDoc reads it literally: attribute references and inline markup characters escaped. */
    static String escape(String text) {
        String escaped = ATTRIBUTE_REFERENCE.matcher(text).replaceAll("\\\\{")
                .replace("**", "\\**").replace("__", "\\__").replace("[[", "\\[[").replace("<<", "\\<<")
                .replace("++", "\\++").replace("##", "\\##");
        return escaped;
    }

    /** A paragraph's first line made safe from being read as the start of another kind of block. */
    static String paragraphStart(String text) {
        return BLOCK_START.matcher(text).lookingAt() ? "{empty}" + text : text;
    }

    /** A paragraph (its lines as given), after a blank line. */
    void paragraph(String text, int paragraph) {
        endList();
        blank();
        lines(paragraphStart(text), paragraph);
    }

    /** A block of lines (a heading with its attributes, a table, an image), after a blank line. */
    void block(int paragraph, String... blockLines) {
        endList();
        blank();
        for (String line : blockLines) {
            lines(line, paragraph);
        }
    }

    /** A block whose lines came from different paragraphs (a table's cells): {@code from} gives each line's. */
    void block(List<String> blockLines, List<Integer> from) {
        endList();
        blank();
        for (int i = 0; i < blockLines.size(); i++) {
            lines(blockLines.get(i), from.get(i));
        }
    }

    /** Lines appended to the block just written (no blank line before). */
    void more(int paragraph, String text) {
        lines(text, paragraph);
    }

    /**
     * A list item at a depth (1, 2 …): {@code *} items for ——, {@code .} items for a), 1) with the numbering style
     * ({@code loweralpha}, {@code arabic} …) set where it changes.
     */
    void listItem(int depth, String style, String text, int paragraph) {
        if (!inList) {
            blank();
            listStyles.clear();
            inList = true;
        }
        if (style != null && !style.equals(listStyles.get(depth))) {
            lines("[" + style + "]", paragraph);
        }
        listStyles.put(depth, style);
        listStyles.keySet().removeIf(d -> d > depth);
        String marker = (style == null ? "*" : ".").repeat(depth);
        lines(marker + " " + text, paragraph);
    }

    void endList() {
        inList = false;
    }

    boolean inList() {
        return inList;
    }

    /** The style of the list item written last at a depth, while a list is open. */
    String listStyle(int depth) {
        return inList ? listStyles.get(depth) : null;
    }

    private void blank() {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
            origins.add(0);
        }
    }

    private void lines(String text, int paragraph) {
        for (String line : text.split("\n", -1)) {
            lines.add(line);
            origins.add(paragraph);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** Line (1-based, counted after {@code offset} lines written before this body) → Word paragraph. */
    TreeMap<Integer, Integer> origins(int offset) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        for (int i = 0; i < origins.size(); i++) {
            if (origins.get(i) > 0) {
                map.put(offset + i + 1, origins.get(i));
            }
        }
        return map;
    }
}
