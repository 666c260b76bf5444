package cn.guifanku.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a document against {@link RenderLimits} before Asciidoctor sees it, reading the main file with its includes
 * (from the same folder, as the render will) in document order: the size of every attribute value once its
 * references are expanded (nested references multiply: ten references to a ten-fold attribute, seven levels deep, are
 * ten million copies), the size of the whole text once expanded, the total source read, table widths and block
 * nesting. Each refusal names its file and line. Linear in the size of the source; never expands anything itself.
 */
final class SourceLimits {

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:[ \\t]+(.*))?$");
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\{([A-Za-z0-9_][A-Za-z0-9_-]*)}");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\[.*]$");
    private static final Pattern COLS = Pattern.compile("(?:^|[,\\[])\\s*cols\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^,\\]]*)");
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|\\+{4,}|```.*)$");
    private static final Pattern COMPOUND = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|--|[|!,:]={3,})$");
    private static final Pattern MULTIPLIER = Pattern.compile("^(\\d{1,9})\\s*\\*");

    private final RenderLimits limits;
    private final SourceFiles files;
    private final List<RenderProblem> problems = new ArrayList<>();
    private final Map<String, Long> attributeSizes = new HashMap<>();
    /** Attributes over the limit, and those built from them: reported once, at the first. */
    private final java.util.Set<String> overflowed = new java.util.HashSet<>();
    private final Deque<String> blocks = new ArrayDeque<>();
    private long sourceBytes;
    private long expandedBytes;
    private String verbatimUntil;
    private String pendingCols;
    private Character firstRowSeparator;
    private boolean sourceReported;
    private boolean expandedReported;
    private boolean nestingReported;

    private SourceLimits(RenderLimits limits, SourceFiles files) {
        this.limits = limits;
        this.files = files;
    }

    /**
     * Every limit the document passes over, in document order.
     *
     * @param mainFile the folder-relative path of the document
     * @param text     its text after {@link PassthroughGuard}
     * @param guard    the guard its includes go through, as in the render
     */
    static List<RenderProblem> check(RenderLimits limits, SourceFiles files, String mainFile, String text,
                                     PassthroughGuard guard) {
        SourceLimits check = new SourceLimits(limits, files);
        if (check.countSource(mainFile, 1, text)) {
            check.read(mainFile, text, 1, new ArrayDeque<>(List.of(mainFile)), guard);
        }
        return check.problems;
    }

    private void read(String file, String text, int firstLine, Deque<String> chain, PassthroughGuard guard) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = firstLine + i;
            Matcher include = verbatimUntil == null ? INCLUDE.matcher(lines[i]) : null;
            if (include != null && include.matches()) {
                Optional<String> path = FolderPath.resolve(file, include.group(1).strip());
                Optional<String> content = path.isEmpty() || chain.contains(path.get())
                        || chain.size() > GitFolderIncludeProcessor.MAX_DEPTH ? Optional.empty() : files.read(path.get());
                if (content.isPresent() && countSource(file, number, content.get())) { // the render reports the rest
                    IncludeSelection selection = IncludeSelection.of(guard.guard(path.get(), content.get()).text(),
                            IncludeSelection.options(include.group(2)));
                    chain.push(path.get());
                    read(path.get(), selection.text(), selection.firstLine(), chain, guard);
                    chain.pop();
                }
                continue;
            }
            if (ATTRIBUTE_ENTRY.matcher(lines[i]).matches() && verbatimUntil == null) {
                StringBuilder entry = new StringBuilder(lines[i]);
                while (entry.toString().endsWith(" \\") && i + 1 < lines.length) { // a value continued on the next line
                    entry.setLength(entry.length() - 2);
                    entry.append(' ').append(lines[++i]);
                }
                attribute(file, number, entry.toString());
                continue;
            }
            line(file, number, lines[i]);
            if (problems.size() > 20) {
                return; // enough to act on
            }
        }
    }

    private boolean countSource(String file, int line, String text) {
        sourceBytes += utf8Length(text);
        if (sourceBytes > limits.maxSourceSize()) {
            if (!sourceReported) {
                sourceReported = true;
                error(file, line, "文档与其引用的文件合计超过 " + size(limits.maxSourceSize()) + "，已停止读取");
            }
            return false;
        }
        return true;
    }

    private void attribute(String file, int line, String entry) {
        Matcher m = ATTRIBUTE_ENTRY.matcher(entry);
        if (!m.matches()) {
            return;
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (!m.group(1).isEmpty() || !m.group(3).isEmpty()) {
            attributeSizes.remove(name);
            return;
        }
        String text = m.group(4) == null ? "" : m.group(4);
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (overflowed.contains(reference.group(1).toLowerCase(Locale.ROOT))) {
                overflowed.add(name);
                attributeSizes.put(name, (long) limits.maxAttributeValueSize());
                return;
            }
        }
        long value = expandedLength(text);
        if (value > limits.maxAttributeValueSize()) {
            overflowed.add(name);
            error(file, line, "属性“" + name + "”的值展开属性引用后长达 " + size(value) + "，超过上限 "
                    + size(limits.maxAttributeValueSize()) + "：层层嵌套的属性引用会使文档成倍膨胀，请直接写出所需的文字");
            value = limits.maxAttributeValueSize(); // as Asciidoctor would cut it: one report for one cause
        }
        attributeSizes.put(name, value);
    }

    private void line(String file, int line, String text) {
        String trimmed = text.stripTrailing();
        if (verbatimUntil != null) {
            if (trimmed.equals(verbatimUntil) || verbatimUntil.equals("```") && trimmed.startsWith("```")) {
                verbatimUntil = null;
            }
            return;
        }
        if (VERBATIM.matcher(trimmed).matches()) {
            verbatimUntil = trimmed.startsWith("```") ? "```" : trimmed;
            return;
        }
        if (trimmed.startsWith("//")) {
            return;
        }
        if (ATTRIBUTE_LINE.matcher(trimmed).matches()) {
            Matcher cols = COLS.matcher(trimmed);
            pendingCols = cols.find() ? cols.group(1) : null;
            if (pendingCols != null) {
                columns(file, line, declaredColumns(pendingCols));
            }
            return;
        }
        if (COMPOUND.matcher(trimmed).matches()) {
            block(file, line, trimmed);
            return;
        }
        if (firstRowSeparator != null && !trimmed.isEmpty()) {
            char separator = firstRowSeparator;
            firstRowSeparator = null;
            long cells = trimmed.chars().filter(c -> c == separator).count() + (separator == ',' || separator == ':' ? 1 : 0);
            columns(file, line, cells);
        }
        if (!trimmed.startsWith(".")) {
            pendingCols = null;
        }
        long expanded = expandedLength(text) + 1;
        expandedBytes += expanded;
        if (expandedBytes > limits.maxExpandedSize() && !expandedReported) {
            expandedReported = true;
            error(file, line, "展开属性引用后，文档到此行已超过 " + size(limits.maxExpandedSize())
                    + "（此行展开后约 " + size(expanded) + "）：请减少对长属性的重复引用");
        }
    }

    private void block(String file, int line, String delimiter) {
        if (!blocks.isEmpty() && blocks.peek().equals(delimiter)) {
            blocks.pop();
            firstRowSeparator = null;
            return;
        }
        blocks.push(delimiter);
        if (delimiter.length() >= 4 && delimiter.charAt(1) == '=' && "|!,:".indexOf(delimiter.charAt(0)) >= 0
                && pendingCols == null) {
            firstRowSeparator = delimiter.charAt(0); // a table without cols: its first row gives its width
        }
        pendingCols = null;
        if (blocks.size() > limits.maxBlockNesting() && !nestingReported) {
            nestingReported = true;
            error(file, line, "块嵌套超过 " + limits.maxBlockNesting() + " 层（示例、侧栏、引文、开放块与表格层层相套）");
        }
    }

    private void columns(String file, int line, long columns) {
        if (columns > limits.maxTableColumns()) {
            error(file, line, "表格有 " + columns + " 列，超过上限 " + limits.maxTableColumns() + " 列");
        }
    }

    /** {@code 3}, {@code 1,2,1}, {@code 2*,3}, {@code "100000*"}: how many columns a cols value declares. */
    static long declaredColumns(String value) {
        String spec = value.strip();
        if (spec.length() >= 2 && (spec.startsWith("\"") || spec.startsWith("'"))) {
            spec = spec.substring(1, spec.length() - 1);
        }
        String[] entries = spec.split("[,;]", -1);
        if (entries.length == 1 && entries[0].strip().matches("\\d{1,9}")) {
            return Long.parseLong(entries[0].strip());
        }
        long columns = 0;
        for (String entry : entries) {
            Matcher multiplier = MULTIPLIER.matcher(entry.strip());
            columns += multiplier.find() ? Long.parseLong(multiplier.group(1)) : 1;
        }
        return columns;
    }

    /** The UTF-8 length of {@code text} once every reference to a known attribute is replaced by its value. */
    private long expandedLength(String text) {
        long length = utf8Length(text);
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            Long value = attributeSizes.get(reference.group(1).toLowerCase(Locale.ROOT));
            if (value != null) {
                length = Math.min(Long.MAX_VALUE / 4, length + value - (reference.end() - reference.start()));
            }
        }
        return length;
    }

    private void error(String file, int line, String message) {
        problems.add(new RenderProblem(file, line, RenderProblem.Severity.ERROR, message));
    }

    static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** 16 KB, 10 MB: sizes as people read them. */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb)) + " MB";
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " 字节";
    }

}
