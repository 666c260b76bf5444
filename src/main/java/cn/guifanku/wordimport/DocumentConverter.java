package cn.guifanku.wordimport;

import cn.guifanku.wordimport.Sections.Place;
import cn.guifanku.wordimport.ImportItem.Kind;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** One Word document's body, element by element, into our template's AsciiDoc (see {@link WordImport}). */
final class DocumentConverter {

    static final String DRAFTING_BASIS =
            "本文件按照 GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。";
    private static final Pattern TABLE_CAPTION = Pattern.compile("^表[\\s\\u3000]*(?:[A-Z][.．])?\\d+[\\s\\u3000]*([^。]*)$");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^图[\\s\\u3000]*(?:[A-Z][.．])?\\d+[\\s\\u3000]*([^。]*)$");
    private static final Pattern NOTE = Pattern.compile("^注[\\s\\u3000]*\\d*[\\s\\u3000]*[:：][\\s\\u3000]*");
    private static final Pattern SOURCE = Pattern.compile("^[〔\\[［]来源[:：](.*?)[〕\\]］]?$");
    private static final Pattern REFERENCE_NUMBER = Pattern.compile("^[\\[［]\\d+[\\]］][\\s\\u3000]*");
    /** The 终结线 typed as a row of dashes or underscores: the renderer draws its own. */
    /** What only a cover has: its ICS, CCS or the standard's number. */
    private static final Pattern COVER_FIELD = Pattern.compile("^(?:ICS|CCS)[\\s\\u3000]|^(?:[A-Z]{1,4}(?:/[TZ])?|T/[A-Z0-9]+)[\\s\\u3000]*\\d+(?:\\.\\d+)*[\\s\\u3000]*[—–－-]+[\\s\\u3000]*\\d{4}$");
    private static final Pattern END_LINE = Pattern.compile("^[—_－\\-─━]{3,}$");

    private final XWPFDocument doc;
    private final WordImportLimits limits;
    private final AdocWriter out = new AdocWriter();
    private final List<ImportItem> report = new ArrayList<>();
    private final StandardHeader header;
    private final Figures figures;
    private final TableWriter tables;
    private final Set<Integer> consumed = new HashSet<>();
    private final Sections sections = new Sections(out, report);
    private int paragraphs;
    private int references;
    private String tableCaption;
    private int coverEnds;

    DocumentConverter(XWPFDocument doc, WordImportLimits limits, Year year) {
        this.doc = doc;
        this.limits = limits;
        this.header = new StandardHeader(year);
        this.figures = new Figures(limits);
        this.tables = new TableWriter(doc, limits);
    }

    ImportedDraft convert() {
        List<IBodyElement> body = doc.getBodyElements();
        coverEnds = coverEnds(body);
        for (int i = 0; i < body.size(); i++) {
            IBodyElement element = body.get(i);
            if (element instanceof XWPFParagraph p) {
                paragraph(p, nextParagraph(), body, i);
            } else if (element instanceof XWPFTable t && noteTable(t) != null) {
                int n = nextParagraph();
                sections.leaveCover();
                out.block(n, "NOTE: " + noteTable(t));
            } else if (element instanceof XWPFTable t) {
                tables.write(t, tableCaption, paragraphs + 1, this::nextParagraph, () -> paragraphs, out, report);
                tableCaption = null;
            } else if (element instanceof XWPFSDT sdt) {
                String text = sdt.getContent().getText();
                boolean contents = text.contains("目次") || text.contains("目录") || sections.place() == Place.CONTENTS;
                report.add(ImportItem.of(nextParagraph(), contents ? Kind.TABLE_OF_CONTENTS : Kind.CONTENT_CONTROL, text));
            }
        }
        header.titleFromProperties(doc.getProperties().getCoreProperties().getTitle());
        List<String> missing = header.missing();
        if (!missing.isEmpty()) {
            report.add(0, new ImportItem(0, Kind.MISSING_METADATA, "", Kind.MISSING_METADATA.message() + "：" + String.join("、", missing)));
        }
        List<String> lines = new ArrayList<>(header.lines());
        int offset = lines.size();
        lines.addAll(out.lines());
        String standard = String.join("\n", lines).strip() + "\n";
        if (standard.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > limits.maxSourceSize()) {
            throw new WordImportRefused(Refusal.TOO_LONG, limits.maxSourceSize() / (1024 * 1024));
        }
        return new ImportedDraft(standard, figures.files(), report, out.origins(offset));
    }

    /** The cover is what comes before the first heading, when there is one (else the document has no cover). */
    private int coverEnds(List<IBodyElement> body) {
        boolean coverFields = false;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getRuns().stream().allMatch(r -> r.getEmbeddedPictures().isEmpty())) {
                String t = InlineText.plain(p).strip();
                Optional<Heading> heading = Heading.of(t, ParagraphStyle.of(p, doc.getStyles()));
                if (heading.isPresent() && !(coverFields && coverTitle(heading.get(), t))) {
                    return i;
                }
                coverFields |= COVER_FIELD.matcher(t).find();
            }
        }
        return 0;
    }

    /**
     * A heading on the cover, after its ICS or number, that is only styled as one and carries no number: the
     * standard's name set as a heading (LibreOffice makes an HTML page's {@code <h1>} such a heading).
     */
    private static boolean coverTitle(Heading h, String text) {
        return h.part() == Heading.Part.CLAUSE && h.level() == 1 && h.title().equals(text);
    }

    /**
     * An entry of the document's own table of contents that is no TOC-styled paragraph: a paragraph, not styled as a
     * heading, whose text is a link to a place in the document (as LibreOffice writes an HTML page's contents).
     */
    private static boolean contentsLink(XWPFParagraph p, ParagraphStyle style) {
        if (style.headingLevel() != null || style.named("附录标识") || style.named("前言、引言标题")) {
            return false;
        }
        var links = p.getCTP().getHyperlinkList();
        return !links.isEmpty() && links.stream().allMatch(l -> l.getAnchor() != null && !l.getAnchor().isEmpty());
    }

    private int nextParagraph() {
        if (++paragraphs > limits.maxParagraphs()) {
            throw new WordImportRefused(Refusal.TOO_MANY_PARAGRAPHS, limits.maxParagraphs());
        }
        return paragraphs;
    }

    private void paragraph(XWPFParagraph p, int n, List<IBodyElement> body, int i) {
        String plain = InlineText.plain(p);
        String t = plain.strip();
        report.addAll(Unmappable.in(p.getCTP(), n, doc, t));
        ParagraphStyle style = ParagraphStyle.of(p, doc.getStyles());
        if (consumed.contains(i)) {
            return;
        }
        if (style.tableOfContents() || sections.place() == Place.CONTENTS && contentsLink(p, style)) {
            sections.contents(n, t);
            return;
        }
        if (preformatted(style)) {
            listing(p, n, body, i);
            return;
        }
        List<Figures.Figure> pictures = figures.extract(p, n, report);
        if (t.isEmpty() && pictures.isEmpty() || END_LINE.matcher(t.replaceAll("\\s", "")).matches()) {
            return;
        }
        Optional<Heading> heading = pictures.isEmpty() ? Heading.of(t, style) : Optional.empty();
        if (heading.isPresent() && i < coverEnds && sections.place() == Place.COVER && coverTitle(heading.get(), t)) {
            header.cover(t, true);
            return;
        }
        if (heading.isEmpty() && (sections.place() == Place.PREFACE || sections.place() == Place.CONTENTS)
                && t.equals(header.title())) {
            return; // the standard's name above its first clause, as GB/T 1.1 sets it: the renderer sets it too
        }
        if (heading.isPresent() && !sections.expectsTerm()) {
            sections.heading(heading.get(), n);
            return;
        }
        if (sections.place() == Place.CONTENTS || sections.completes(t, n)) {
            return;
        }
        if (i >= coverEnds) {
            sections.leaveCover();
        }
        if (sections.place() == Place.COVER && pictures.isEmpty() && t.length() <= 80 && !t.endsWith("。")) {
            if (!header.cover(t, style.named("名称") || style.named("title"))) {
                report.add(ImportItem.of(n, Kind.COVER_TEXT, t));
            }
            return;
        }
        if (!pictures.isEmpty()) {
            if (!t.isEmpty()) {
                out.paragraph(InlineText.asciidoc(p, doc, 0), n);
            }
            figures(pictures, n, body, i);
            return;
        }
        Matcher caption = TABLE_CAPTION.matcher(t);
        if (caption.matches() && i + 1 < body.size() && body.get(i + 1) instanceof XWPFTable) {
            tableCaption = AdocWriter.escape(caption.group(1).strip());
            return;
        }
        sections.leaveCover();
        text(p, t, plain.codePointCount(0, plain.indexOf(t)), n);
    }

    private void text(XWPFParagraph p, String t, int lead, int n) {
        Matcher note = NOTE.matcher(t);
        if (note.lookingAt()) {
            out.block(n, "NOTE: " + InlineText.asciidoc(p, doc, lead + note.end()));
            return;
        }
        if (sections.place() == Place.BIBLIOGRAPHY) {
            Matcher number = REFERENCE_NUMBER.matcher(t);
            int skip = number.lookingAt() ? number.end() : 0;
            references++;
            out.listItem(1, null, "[[[ref" + references + "," + references + "]]] " + InlineText.asciidoc(p, doc, lead + skip), n);
            return;
        }
        Optional<ListItem> item = ListItem.of(p, t, out.inList(), out.listStyle(1));
        if (item.isPresent()) {
            out.listItem(item.get().depth(), item.get().style(), InlineText.asciidoc(p, doc, lead + item.get().skip()), n);
            return;
        }
        Matcher source = SOURCE.matcher(t);
        if (source.matches()) {
            out.paragraph("〔来源：" + AdocWriter.escape(source.group(1).strip()) + "〕", n);
            return;
        }
        if (sections.place() == Place.PREFACE) {
            header.preface(t);
            if (t.startsWith("本文件按照") && t.replace(" ", "").contains("GB/T1.1") && t.endsWith("起草。")) {
                out.paragraph(DRAFTING_BASIS, n);
                return;
            }
        }
        out.paragraph(InlineText.asciidoc(p, doc, 0), n);
    }

    /**
     * A note set as a table of one row, "注：" in the first cell and the note in the second: what an HTML page's note
     * becomes in Word (LibreOffice keeps the page's layout table). The note's text, or null for any other table.
     */
    private String noteTable(XWPFTable t) {
        if (t.getRows().size() != 1 || t.getRow(0).getTableCells().size() != 2) {
            return null;
        }
        var cells = t.getRow(0).getTableCells();
        String label = cells.get(0).getText().strip();
        Matcher note = NOTE.matcher(label);
        if (!note.lookingAt() || note.end() != label.length() || cells.get(1).getTables().size() > 0) {
            return null;
        }
        List<String> text = new ArrayList<>();
        for (XWPFParagraph p : cells.get(1).getParagraphs()) {
            String line = InlineText.asciidoc(p, doc, 0).strip();
            if (!line.isEmpty()) {
                text.add(line);
            }
        }
        return text.isEmpty() ? null : String.join(" +\n", text);
    }

    /** Preformatted text (HTML's {@code <pre>}, LibreOffice's "Preformatted Text", Word's "HTML Preformatted"). */
    private static boolean preformatted(ParagraphStyle style) {
        return style.names().stream().anyMatch(name -> name.equals("preformattedtext") || name.equals("htmlpreformatted")
                || name.equals("html预设格式"));
    }

    /** Consecutive preformatted paragraphs as one listing block, each line as it is, its indentation kept. */
    private void listing(XWPFParagraph first, int n, List<IBodyElement> body, int i) {
        sections.leaveCover();
        List<String> lines = new ArrayList<>(List.of("----"));
        List<Integer> from = new ArrayList<>(List.of(n));
        lines.add(InlineText.plain(first).stripTrailing());
        from.add(n);
        for (int j = i + 1, k = n + 1; j < body.size() && body.get(j) instanceof XWPFParagraph next
                && preformatted(ParagraphStyle.of(next, doc.getStyles())); j++, k++) {
            lines.add(InlineText.plain(next).stripTrailing());
            from.add(k);
            consumed.add(j);
        }
        lines.add("----");
        from.add(from.get(from.size() - 1));
        out.block(lines, from);
    }

    private void figures(List<Figures.Figure> pictures, int n, List<IBodyElement> body, int i) {
        String title = null;
        if (i + 1 < body.size() && body.get(i + 1) instanceof XWPFParagraph next) {
            Matcher caption = FIGURE_CAPTION.matcher(InlineText.plain(next).strip());
            if (caption.matches()) {
                title = AdocWriter.escape(caption.group(1).strip());
                consumed.add(i + 1);
            }
        }
        for (int k = 0; k < pictures.size(); k++) {
            Figures.Figure f = pictures.get(k);
            String captioned = k == pictures.size() - 1 ? title : null;
            if (captioned == null) {
                report.add(ImportItem.of(n, Kind.FIGURE_WITHOUT_CAPTION, f.file()));
            }
            String image = "image::" + f.file() + "[" + (captioned == null ? "图" : captioned)
                    + (f.width() > 0 ? ",width=" + f.width() : "") + "]";
            if (captioned == null) {
                out.block(n, image);
            } else {
                out.block(n, "." + captioned, image);
            }
        }
    }

}
