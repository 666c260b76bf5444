package cn.guifanku.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standard's AsciiDoc read for {@link DraftingRules}, without Asciidoctor (fast, and free of the renderer's lock):
 * the main file with its includes expanded from the same folder, the header's attributes, the sections and the text
 * of every paragraph, list item, table row, note and example, each with the file and line it comes from.
 *
 * <p>It reads the subset of AsciiDoc that standards are written in: section titles, block attribute lines
 * ({@code [appendix]}, {@code [.annex-status]}, {@code [NOTE]}), admonition paragraphs, lists, tables and delimited
 * blocks. Literal, listing, passthrough and comment blocks are skipped; conditional directives are ignored (their
 * content counts).
 */
final class StandardSource {

    /** What a piece of text is: normative text, or a note, example, term source or block title beside it. */
    enum Kind { PARAGRAPH, LIST_ITEM, TABLE_ROW, NOTE, EXAMPLE }

    /** A header attribute ({@code :std-issued: 2024-03-15}) and where it is set. */
    record Attribute(String value, String file, int line) {
    }

    /** A paragraph, list item, table row, note or example: its text (lines joined by '\n') and where it starts. */
    record Unit(Section section, Kind kind, String text, String file, int line, Set<String> roles) {

        boolean informative() {
            return kind == Kind.NOTE || kind == Kind.EXAMPLE;
        }
    }

    /** A section; the root is the document (level 0). */
    static final class Section {
        final int level;
        final String title;
        final String style;
        final String id;
        final String file;
        final int line;
        final Section parent;
        final List<Section> children = new ArrayList<>();
        /** Units directly in this section (not in its subsections), in order. */
        final List<Unit> units = new ArrayList<>();

        Section(int level, String title, String style, String id, String file, int line, Section parent) {
            this.level = level;
            this.title = title;
            this.style = style;
            this.id = id;
            this.file = file;
            this.line = line;
            this.parent = parent;
        }

        /** The level-1 section this one belongs to (itself at level 1), or null for the document. */
        Section clause() {
            Section s = this;
            while (s != null && s.level > 1) {
                s = s.parent;
            }
            return s == null || s.level == 0 ? null : s;
        }

        boolean hasStyle(String wanted) {
            return wanted.equalsIgnoreCase(style);
        }
    }

    /** An id given in the source ({@code [[id]]}, {@code [#id]}, {@code anchor:id[]}, {@code [[[id]]]}) and where. */
    record Anchor(String id, String file, int line) {
    }

    /** A numbered table or figure (one with a title: 表 1, 图 A.1) and where it starts. */
    record Formal(char kind, Section section, String file, int line) {
        static final char TABLE = '表';
        static final char FIGURE = '图';
    }

    /** An expanded line of source and where it comes from. */
    private record Line(String text, String file, int number) {
    }

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern HEADER_ATTRIBUTE = Pattern.compile("^:(!?[\\w][\\w-]*!?):\\s*(.*?)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})\\s+(\\S.*?)\\s*$");
    private static final Pattern TOO_DEEP_HEADING = Pattern.compile("^={7,}\\s+\\S.*$");
    private static final Pattern ANCHOR_LINE = Pattern.compile("^\\[\\[([^\\],]+)(?:,[^\\]]*)?]]$");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\[(.*)]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.[^.\\s].*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\*{1,5}|-|\\.{1,5}|[a-zA-Z]\\.|\\d{1,3}\\.|[ivx]+\\))\\s+(.*)$");
    private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+(.*)$");
    private static final Pattern DIRECTIVE = Pattern.compile("^(?:ifdef|ifndef|ifeval|endif)::.*$");
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[\\[?([\\p{L}_][\\p{L}\\p{N}_\\-.:]*)(?:,[^\\]]*)?]]|anchor:([\\p{L}_][\\p{L}\\p{N}_\\-.:]*)\\[");
    private static final Pattern IMAGE_BLOCK = Pattern.compile("^image::[^\\[]+\\[.*]$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,}|--|\\|={3,}|,={3,}|:={3,}|!={3,})$");
    private static final int MAX_INCLUDE_DEPTH = GitFolderIncludeProcessor.MAX_DEPTH;

    final Map<String, Attribute> header = new LinkedHashMap<>();
    final Section document;
    /** Every section in document order (the document itself not included). */
    final List<Section> sections = new ArrayList<>();
    /** Every unit in document order. */
    final List<Unit> units = new ArrayList<>();
    /** Lines that look like headings deeper than AsciiDoc allows (7 or more '='): file and line. */
    final List<Unit> tooDeepHeadings = new ArrayList<>();
    /** Headings whose level jumps by more than one below the previous heading. */
    final List<Section> levelJumps = new ArrayList<>();
    /** Every id the source gives, in order (an id given twice is here twice). */
    final List<Anchor> anchors = new ArrayList<>();
    /** Titled tables and figures, in document order. */
    final List<Formal> formals = new ArrayList<>();
    /** Titles of blocks ({@code .Title}): targets of natural cross references. */
    final Set<String> blockTitles = new HashSet<>();

    private StandardSource(Section document) {
        this.document = document;
    }

    /** Reads the folder's {@link SourceFiles#MAIN}; empty when it has none. */
    static Optional<StandardSource> read(SourceFiles files) {
        Optional<String> main = files.read(SourceFiles.MAIN);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        // The same bound as a render's (the render reports what is over it): a file included a thousand times must
        // not fill this JVM's memory.
        long[] budget = {RenderLimits.DEFAULTS.maxSourceSize() - main.get().length()};
        expand(files, SourceFiles.MAIN, main.get(), 1, new ArrayDeque<>(List.of(SourceFiles.MAIN)), lines, budget);
        return Optional.of(parse(lines));
    }

    // ---------------------------------------------------------------- includes

    private static void expand(SourceFiles files, String file, String text, int firstLine, Deque<String> chain,
                               List<Line> out, long[] budget) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher include = INCLUDE.matcher(lines[i]);
            if (!include.matches()) {
                out.add(new Line(lines[i], file, firstLine + i));
                continue;
            }
            Optional<String> path = FolderPath.resolve(file, include.group(1).strip());
            if (path.isEmpty() || chain.contains(path.get()) || chain.size() > MAX_INCLUDE_DEPTH) {
                continue; // the renderer reports these
            }
            Optional<String> content = files.read(path.get());
            if (content.isEmpty() || (budget[0] -= content.get().length()) < 0) {
                continue;
            }
            IncludeSelection selection = IncludeSelection.of(content.get(), IncludeSelection.options(include.group(2)));
            chain.push(path.get());
            expand(files, path.get(), selection.text(), selection.firstLine(), chain, out, budget);
            chain.pop();
            out.add(new Line("", file, firstLine + i)); // an include ends the block it is in, as a blank line would
        }
    }


    // ---------------------------------------------------------------- parsing

    private static StandardSource parse(List<Line> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).text().isBlank() || lines.get(i).text().startsWith("//"))) {
            i++;
        }
        String title = "";
        Line titleLine = i < lines.size() ? lines.get(i) : new Line("", SourceFiles.MAIN, 1);
        if (i < lines.size() && lines.get(i).text().startsWith("= ")) {
            title = lines.get(i).text().substring(2).strip();
            i++;
        }
        StandardSource source = new StandardSource(new Section(0, title, null, null, titleLine.file(), titleLine.number(), null));
        for (; i < lines.size() && !lines.get(i).text().isBlank(); i++) {
            Matcher attribute = HEADER_ATTRIBUTE.matcher(lines.get(i).text());
            if (attribute.matches()) {
                source.header.put(attribute.group(1), new Attribute(attribute.group(2), lines.get(i).file(), lines.get(i).number()));
            }
        }
        new Parser(source).run(lines.subList(i, lines.size()));
        return source;
    }

    /** The body: a line-by-line state machine over sections, block attributes, delimited blocks and paragraphs. */
    private static final class Parser {
        private final StandardSource source;
        private Section current;
        /** Open compound blocks (example, sidebar, quote, open): their delimiter and whether they are informative. */
        private final Deque<String[]> open = new ArrayDeque<>();
        private String skipUntil; // the delimiter that closes a verbatim or comment block
        private String table; // the delimiter that closes the open table
        private String pendingStyle;
        private String pendingId;
        private Line pendingTitle;
        private final Set<String> pendingRoles = new HashSet<>();
        private final List<Line> paragraph = new ArrayList<>();
        private Kind paragraphKind;
        private Set<String> paragraphRoles = Set.of();

        Parser(StandardSource source) {
            this.source = source;
            this.current = source.document;
        }

        void run(List<Line> lines) {
            for (Line line : lines) {
                String text = line.text();
                String trimmed = text.strip();
                if (skipUntil != null) {
                    if (trimmed.equals(skipUntil)) {
                        skipUntil = null;
                    }
                    continue;
                }
                if (table != null) {
                    if (trimmed.equals(table)) {
                        table = null;
                    } else if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                        add(Kind.TABLE_ROW, trimmed.replaceFirst("^\\|\\s*", ""), line, Set.of());
                    }
                    continue;
                }
                if (trimmed.isEmpty()) {
                    flush();
                    continue;
                }
                if ((text.startsWith("//") && !DELIMITER.matcher(trimmed).matches()) || DIRECTIVE.matcher(trimmed).matches()) {
                    continue;
                }
                if (DELIMITER.matcher(trimmed).matches()) {
                    flush();
                    delimiter(trimmed, line);
                    continue;
                }
                if (paragraph.isEmpty()) {
                    if (block(line, trimmed)) {
                        continue;
                    }
                } else if (LIST_ITEM.matcher(text).matches() && !BLOCK_TITLE.matcher(trimmed).matches()) {
                    flush();
                    block(line, trimmed);
                    continue;
                }
                if (trimmed.equals("+")) {
                    flush();
                    continue;
                }
                if (paragraph.isEmpty()) {
                    paragraphKind = kindOfNextBlock(Kind.PARAGRAPH);
                    paragraphRoles = Set.copyOf(pendingRoles);
                    clearPending();
                }
                paragraph.add(line);
            }
            flush();
        }

        /** A line at the start of a block: heading, attribute line, block title, list item or admonition. */
        private boolean block(Line line, String trimmed) {
            if (TOO_DEEP_HEADING.matcher(trimmed).matches()) {
                source.tooDeepHeadings.add(new Unit(current, Kind.PARAGRAPH, trimmed, line.file(), line.number(), Set.of()));
                return true;
            }
            Matcher heading = HEADING.matcher(line.text());
            if (heading.matches() && open.isEmpty()) {
                section(heading.group(1).length() - 1, heading.group(2), line);
                return true;
            }
            Matcher anchor = ANCHOR_LINE.matcher(trimmed);
            if (anchor.matches() && !trimmed.startsWith("[[[")) {
                pendingId = anchor.group(1).strip();
                source.anchors.add(new Anchor(pendingId, line.file(), line.number()));
                return true;
            }
            Matcher attributes = ATTRIBUTE_LINE.matcher(trimmed);
            if (attributes.matches() && !trimmed.startsWith("[[")) {
                blockAttributes(attributes.group(1), line);
                return true;
            }
            if (BLOCK_TITLE.matcher(trimmed).matches()) {
                pendingTitle = line; // a table's or figure's title: not text of the clause
                source.blockTitles.add(trimmed.substring(1).strip());
                return true;
            }
            if (IMAGE_BLOCK.matcher(trimmed).matches()) {
                if (pendingTitle != null) {
                    source.formals.add(new Formal(Formal.FIGURE, current, pendingTitle.file(), pendingTitle.number()));
                }
                clearPending();
                return true;
            }
            if (HEADER_ATTRIBUTE.matcher(trimmed).matches()) {
                return true; // an attribute entry in the body
            }
            Matcher admonition = ADMONITION.matcher(trimmed);
            if (admonition.matches()) {
                paragraphKind = admonition.group(1).equals("NOTE") ? Kind.NOTE : kindOfNextBlock(Kind.NOTE);
                paragraphRoles = Set.copyOf(pendingRoles);
                clearPending();
                paragraph.add(new Line(admonition.group(2), line.file(), line.number()));
                return true;
            }
            Matcher item = LIST_ITEM.matcher(line.text());
            if (item.matches()) {
                Kind kind = kindOfNextBlock(Kind.LIST_ITEM);
                clearPending();
                paragraphKind = kind;
                paragraphRoles = Set.of();
                paragraph.add(new Line(item.group(1), line.file(), line.number()));
                return true;
            }
            return false;
        }

        private void section(int level, String title, Line line) {
            if (level == 0) {
                level = 1; // a second document title: treat as a clause (and let the numbering rule see it)
            }
            Section parent = current;
            while (parent.level >= level) {
                parent = parent.parent;
            }
            Section section = new Section(level, title.strip(), pendingStyle, pendingId, line.file(), line.number(), parent);
            boolean discrete = "discrete".equalsIgnoreCase(pendingStyle) || "float".equalsIgnoreCase(pendingStyle);
            clearPending();
            if (discrete) {
                return;
            }
            if (level > parent.level + 1) {
                source.levelJumps.add(section);
            }
            parent.children.add(section);
            source.sections.add(section);
            current = section;
        }

        /** {@code [appendix]}, {@code [.annex-status]}, {@code [NOTE]}, {@code [source,xml]}, {@code [#id.role]} … */
        private void blockAttributes(String content, Line line) {
            Matcher named = Pattern.compile("(?:^|,)\\s*id\\s*=\\s*\"?([^\",\\s]+)").matcher(content);
            if (named.find()) {
                pendingId = named.group(1);
                source.anchors.add(new Anchor(pendingId, line.file(), line.number()));
            }
            String first = content.split(",", 2)[0].strip();
            if (first.contains("=")) {
                return; // named attributes only ([cols="1,2"], [options="header"])
            }
            Matcher shorthand = Pattern.compile("([.#%])([^.#%]+)").matcher(first);
            int styleEnd = first.length();
            while (shorthand.find()) {
                styleEnd = Math.min(styleEnd, shorthand.start());
                switch (shorthand.group(1)) {
                    case "." -> pendingRoles.add(shorthand.group(2));
                    case "#" -> {
                        pendingId = shorthand.group(2);
                        source.anchors.add(new Anchor(pendingId, line.file(), line.number()));
                    }
                    default -> { }
                }
            }
            String style = first.substring(0, styleEnd).strip();
            if (!style.isEmpty()) {
                pendingStyle = style;
            }
        }

        private void delimiter(String delimiter, Line line) {
            String style = pendingStyle;
            Line title = pendingTitle;
            clearPending();
            if (!open.isEmpty() && open.peek()[0].equals(delimiter)) {
                open.pop();
                return;
            }
            char c = delimiter.charAt(0);
            if (c == '-' && delimiter.length() > 2 || c == '.' || c == '+' || c == '/') {
                skipUntil = delimiter;
            } else if (c == '|' || c == ',' || c == ':' || c == '!') {
                table = delimiter;
                if (title != null) {
                    source.formals.add(new Formal(Formal.TABLE, current, title.file(), title.number()));
                }
            } else {
                boolean note = "NOTE".equals(style);
                boolean example = c == '=' && !note && (style == null || "example".equals(style));
                open.push(new String[] {delimiter, note ? "note" : example ? "example" : ""});
            }
        }

        private Kind kindOfNextBlock(Kind otherwise) {
            if ("NOTE".equals(pendingStyle)) {
                return Kind.NOTE;
            }
            if ("example".equals(pendingStyle)) {
                return Kind.EXAMPLE;
            }
            for (String[] block : open) {
                if (block[1].equals("note")) {
                    return Kind.NOTE;
                }
                if (block[1].equals("example")) {
                    return Kind.EXAMPLE;
                }
            }
            return otherwise;
        }

        private void flush() {
            if (paragraph.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Line line : paragraph) {
                text.append(text.length() == 0 ? "" : "\n").append(line.text().strip());
            }
            add(paragraphKind, text.toString(), paragraph.get(0), paragraphRoles);
            paragraph.clear();
        }

        private void add(Kind kind, String text, Line line, Set<String> roles) {
            Matcher inline = INLINE_ANCHOR.matcher(text);
            while (inline.find()) {
                source.anchors.add(new Anchor(inline.group(1) != null ? inline.group(1) : inline.group(2), line.file(),
                        line.number() + (int) text.substring(0, inline.start()).chars().filter(ch -> ch == '\n').count()));
            }
            Kind actual = kind == Kind.TABLE_ROW ? kindOfNextBlock(Kind.TABLE_ROW) : kind;
            Unit unit = new Unit(current, actual, text, line.file(), line.number(), roles);
            current.units.add(unit);
            source.units.add(unit);
        }

        private void clearPending() {
            pendingStyle = null;
            pendingId = null;
            pendingTitle = null;
            pendingRoles.clear();
        }
    }
}
