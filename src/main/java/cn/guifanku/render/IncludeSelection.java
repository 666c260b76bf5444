package cn.guifanku.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code lines=} and {@code tag=}/{@code tags=} options of an include directive. Asciidoctor
 * applies them only to includes it reads itself; ours are read by {@link GitFolderIncludeProcessor}.
 * Supported: line ranges ({@code 1..5;8;10..-1}) and plain tag names; {@code lines} wins over tags
 * as in Asciidoctor. Tag wildcards and negations are not supported and include the whole file.
 *
 * @param text      the selected lines
 * @param firstLine number of the first selected line in the file, for messages
 */
record IncludeSelection(String text, int firstLine) {

    private static final Pattern TAG_DIRECTIVE = Pattern.compile("\\b(tag|end)::([^\\[\\s]+)\\[]");

    private static final Pattern OPTION = Pattern.compile("(\\w+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^,]*)");

    /** The options between an include directive's brackets ({@code lines=1..5,tag="a"}), quotes removed. */
    static Map<String, Object> options(String options) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            String value = option.group(2).strip();
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            map.put(option.group(1), value);
        }
        return map;
    }

    static IncludeSelection of(String content, Map<String, Object> attributes) {
        String[] lines = content.split("\n", -1);
        Object linesOption = attributes.get("lines");
        if (linesOption != null) {
            return byLines(lines, linesOption.toString());
        }
        Object tags = attributes.getOrDefault("tags", attributes.get("tag"));
        if (tags != null && tags.toString().matches("[^*!]+")) {
            return byTags(lines, Set.of(tags.toString().split("[;,]")));
        }
        return new IncludeSelection(content, 1);
    }

    private static IncludeSelection byLines(String[] lines, String spec) {
        Set<Integer> wanted = new TreeSet<>();
        for (String range : spec.replace(" ", "").split("[;,]")) {
            if (range.isEmpty()) {
                continue;
            }
            String[] ends = range.split("\\.\\.", -1);
            int from = parse(ends[0], 1);
            int to = ends.length == 1 ? from : parse(ends[1], -1);
            for (int n = Math.max(from, 1); n <= (to < 0 ? lines.length : Math.min(to, lines.length)); n++) {
                wanted.add(n);
            }
        }
        List<String> selected = new ArrayList<>();
        wanted.forEach(n -> selected.add(lines[n - 1]));
        return new IncludeSelection(String.join("\n", selected), wanted.isEmpty() ? 1 : wanted.iterator().next());
    }

    private static IncludeSelection byTags(String[] lines, Set<String> tags) {
        List<String> selected = new ArrayList<>();
        Set<String> open = new TreeSet<>();
        int firstLine = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = TAG_DIRECTIVE.matcher(lines[i]);
            if (directive.find()) {
                if (directive.group(1).equals("tag")) {
                    open.add(directive.group(2));
                } else {
                    open.remove(directive.group(2));
                }
                continue;
            }
            if (open.stream().anyMatch(tags::contains)) {
                selected.add(lines[i]);
                firstLine = firstLine == 0 ? i + 1 : firstLine;
            }
        }
        return new IncludeSelection(String.join("\n", selected), Math.max(firstLine, 1));
    }

    private static int parse(String value, int whenEmpty) {
        try {
            return value.isEmpty() ? whenEmpty : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return whenEmpty;
        }
    }
}
