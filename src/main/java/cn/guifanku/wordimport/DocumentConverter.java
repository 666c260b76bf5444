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
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getRuns().stream().allMatch(r -> r.getEmbeddedPictures().isEmpty())
                    && Heading.of(InlineText.plain(p), ParagraphStyle.of(p, doc.getStyles())).isPresent()) {
                return i;
            }
        }
        return 0;
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
        if (style.tableOfContents()) {
            sections.contents(n, t);
            return;
        }
        List<Figures.Figure> pictures = figures.extract(p, n, report);
        if (t.isEmpty() && pictures.isEmpty() || END_LINE.matcher(t.replaceAll("\\s", "")).matches()) {
            return;
        }
        Optional<Heading> heading = pictures.isEmpty() ? Heading.of(t, style) : Optional.empty();
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
