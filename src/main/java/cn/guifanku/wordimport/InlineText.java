package cn.guifanku.wordimport;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * A paragraph's text as AsciiDoc: runs in bold as {@code **…**}, in italics as {@code __…__} (the unconstrained forms,
 * which work inside Chinese text), footnotes as {@code footnote:[…]}, line breaks as hard breaks; and its plain text
 * for recognising what the paragraph is.
 */
final class InlineText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private record Segment(String text, boolean bold, boolean italic, boolean markup) {
    }

    private InlineText() {
    }

    /** The plain text of a paragraph: the runs' text, tabs as spaces, breaks as new lines, without field codes. */
    static String plain(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            text.append(runText(run));
        }
        return text.toString();
    }

    /** The paragraph's text as AsciiDoc, from {@code skip} code points of plain text on (a hand-typed number, "注："). */
    static String asciidoc(XWPFParagraph p, XWPFDocument doc, int skip) {
        List<Segment> segments = new ArrayList<>();
        int toSkip = skip;
        for (XWPFRun run : p.getRuns()) {
            String text = runText(run);
            if (toSkip > 0) {
                int n = Math.min(toSkip, text.codePointCount(0, text.length()));
                toSkip -= n;
                text = text.substring(text.offsetByCodePoints(0, n));
            }
            if (!text.isEmpty()) {
                add(segments, new Segment(text, run.isBold(), run.isItalic(), false));
            }
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                String note = footnote(doc, ref.getId().intValue());
                if (!note.isBlank()) {
                    segments.add(new Segment("footnote:[" + AdocWriter.escape(note).replace("]", "\\]") + "]",
                            false, false, true));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append(s.markup() ? s.text() : formatted(s));
        }
        return out.toString().strip().replaceAll("[ \\t]*\n[ \\t]*", " +\n");
    }

    private static void add(List<Segment> segments, Segment next) {
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (!last.markup() && last.bold() == next.bold() && last.italic() == next.italic()) {
                segments.set(segments.size() - 1, new Segment(last.text() + next.text(), next.bold(), next.italic(), false));
                return;
            }
        }
        segments.add(next);
    }

    private static String formatted(Segment s) {
        String escaped = AdocWriter.escape(s.text());
        String core = escaped.strip();
        if (core.isEmpty() || !s.bold() && !s.italic()) {
            return escaped;
        }
        int start = escaped.indexOf(core);
        String lead = escaped.substring(0, start);
        String trail = escaped.substring(start + core.length());
        if (s.italic()) {
            core = "__" + core + "__";
        }
        if (s.bold()) {
            core = "**" + core + "**";
        }
        return lead + core + trail;
    }

    /** A run's text: w:t, tabs as a space, breaks as a new line; field codes and deleted text are not text. */
    static String runText(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor c = run.getCTR().newCursor()) {
            if (c.toFirstChild()) {
                do {
                    var name = c.getName();
                    if (!W.equals(name.getNamespaceURI())) {
                        continue;
                    }
                    switch (name.getLocalPart()) {
                        case "t" -> text.append(c.getTextValue());
                        case "tab", "ptab" -> text.append(' ');
                        case "br", "cr" -> text.append('\n');
                        case "noBreakHyphen" -> text.append('-');
                        default -> { }
                    }
                } while (c.toNextSibling());
            }
        }
        return text.toString();
    }

    private static String footnote(XWPFDocument doc, int id) {
        XWPFAbstractFootnoteEndnote note = doc.getFootnoteByID(id);
        if (note == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : note.getParagraphs()) {
            text.append(plain(p).replace('\n', ' ')).append(' ');
        }
        return text.toString().strip();
    }
}
