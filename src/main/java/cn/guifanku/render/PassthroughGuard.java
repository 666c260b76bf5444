package cn.guifanku.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes every way a document has to put raw markup into the output, before Asciidoctor parses it.
 * Asciidoctor's safe modes restrict files and URLs, not output: {@code ++++} blocks, {@code pass:[]},
 * {@code +++…+++}, {@code $$…$$}, {@code [pass]}/{@code [stem]} styles and {@code subs=} would all emit
 * raw HTML. Blocks become literal blocks, inline passthroughs are escaped so they print as written,
 * {@code subs=} is dropped. Each line keeps its number so Asciidoctor's messages still point at the source.
 * Contents of listing, literal and comment blocks are left alone: they are never raw.
 */
final class PassthroughGuard {

    private static final Pattern PASS_BLOCK = Pattern.compile("\\+{4,}");
    private static final Pattern VERBATIM_BLOCK = Pattern.compile("-{4,}|\\.{4,}|/{4,}");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("\\[([#.%\\p{L}\\p{N}_\"'{][^\\[\\]]*)]");
    private static final Pattern INLINE_PASS_MACRO = Pattern.compile("(?<!\\\\)pass:(?=[a-z,-]*\\[)");
    private static final Pattern TRIPLE_PLUS = Pattern.compile("(?<!\\\\)\\+\\+\\+");
    private static final Pattern DOUBLE_DOLLAR = Pattern.compile("(?<!\\\\)\\$\\$");
    private static final Set<String> RAW_STYLES = Set.of("pass", "stem", "latexmath", "asciimath");

    GuardedSource guard(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<RenderProblem> warnings = new ArrayList<>();
        String closing = null;
        boolean convertedPass = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripTrailing();
            int lineNumber = i + 1;
            if (closing != null) {
                if (trimmed.equals(closing)) {
                    lines[i] = convertedPass ? ".".repeat(closing.length()) : line;
                    closing = null;
                }
                continue;
            }
            if (PASS_BLOCK.matcher(trimmed).matches()) {
                warnings.add(warning(file, lineNumber, "不允许直通块（++++），其内容已按原文显示"));
                lines[i] = ".".repeat(trimmed.length());
                closing = trimmed;
                convertedPass = true;
            } else if (VERBATIM_BLOCK.matcher(trimmed).matches() || trimmed.startsWith("```")) {
                closing = trimmed.startsWith("```") ? "```" : trimmed;
                convertedPass = false;
            } else if (trimmed.startsWith("//")) {
                continue; // a single-line comment never reaches the output
            } else if (BLOCK_ATTRIBUTES.matcher(trimmed).matches()) {
                lines[i] = escapeInline(file, lineNumber, guardAttributeLine(file, lineNumber, trimmed, warnings), warnings);
            } else {
                lines[i] = escapeInline(file, lineNumber, line, warnings);
            }
        }
        return new GuardedSource(String.join("\n", lines), warnings);
    }

    private String escapeInline(String file, int lineNumber, String line, List<RenderProblem> warnings) {
        String escaped = INLINE_PASS_MACRO.matcher(line).replaceAll("pass&#58;");
        escaped = TRIPLE_PLUS.matcher(escaped).replaceAll("&#43;&#43;&#43;");
        escaped = DOUBLE_DOLLAR.matcher(escaped).replaceAll(Matcher.quoteReplacement("&#36;&#36;"));
        if (!escaped.equals(line)) {
            warnings.add(warning(file, lineNumber, "不允许行内直通（pass:[…]、+++…+++、$$…$$），已按原文显示"));
        }
        return escaped;
    }

    /** Turns a raw style into {@code literal} and drops {@code subs=}; keeps ids, roles and the rest. */
    private String guardAttributeLine(String file, int lineNumber, String line, List<RenderProblem> warnings) {
        List<String> entries = splitEntries(line.substring(1, line.length() - 1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            String name = entry.contains("=") ? entry.substring(0, entry.indexOf('=')).strip() : null;
            if ("subs".equals(name)) {
                warnings.add(warning(file, lineNumber, "不允许用 subs 属性改变替换规则，已忽略"));
                continue;
            }
            String style = i == 0 && name == null ? entry : "style".equals(name) ? entry.substring(entry.indexOf('=') + 1) : null;
            if (style != null && RAW_STYLES.contains(styleName(style))) {
                warnings.add(warning(file, lineNumber, "不允许直通样式 [" + styleName(style) + "]，其内容已按原文显示"));
                entry = i == 0 && name == null ? "literal" + shorthandsAfterStyle(style) : "style=literal";
            }
            kept.add(entry);
        }
        return "[" + String.join(",", kept) + "]";
    }

    /** The style word of a first positional attribute such as {@code pass#id.role} or {@code "stem"}. */
    private static String styleName(String value) {
        String unquoted = value.strip().replace("\"", "").replace("'", "");
        int end = 0;
        while (end < unquoted.length() && "#.%".indexOf(unquoted.charAt(end)) < 0) {
            end++;
        }
        return unquoted.substring(0, end).toLowerCase();
    }

    /** The {@code #id.role%option} part that follows the style word, kept when the style is replaced. */
    private static String shorthandsAfterStyle(String value) {
        String stripped = value.strip();
        return stripped.startsWith("\"") || stripped.startsWith("'") ? "" : stripped.substring(styleName(stripped).length());
    }

    /** Splits an attribute list on commas outside quotes. */
    private static List<String> splitEntries(String list) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : list.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                entries.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        entries.add(current.toString());
        return entries;
    }

    private static RenderProblem warning(String file, int line, String message) {
        return new RenderProblem(file, line, RenderProblem.Severity.WARNING, message);
    }
}
