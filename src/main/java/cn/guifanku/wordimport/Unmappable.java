package cn.guifanku.wordimport;

import cn.guifanku.wordimport.ImportItem.Kind;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Element;

/**
 * What a paragraph (or the body) holds that the import cannot map — text boxes, comments, equations (OMML), embedded
 * OLE objects, charts, SmartArt and other drawings — each reported with a quote, never silently dropped; and whether
 * the body has tracked changes.
 */
final class Unmappable {

    private static final String NS = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
            + "declare namespace m='http://schemas.openxmlformats.org/officeDocument/2006/math' "
            + "declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' ";
    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private static final String PICTURE = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    /** The elements of tracked changes (revisions) in WordprocessingML. */
    private static final List<String> REVISIONS = List.of("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart",
            "moveToRangeStart", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
            "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge");

    private Unmappable() {
    }

    /** Whether the document's body (or its footnotes) has revisions that were neither accepted nor rejected. */
    static boolean hasTrackedChanges(XWPFDocument doc) {
        XmlObject body = doc.getDocument().getBody();
        for (String element : REVISIONS) {
            if (body.selectPath(NS + ".//w:" + element).length > 0) {
                return true;
            }
        }
        return false;
    }

    /** What a paragraph (or a table cell, or a content control) holds that is not mapped. */
    static List<ImportItem> in(XmlObject xml, int paragraph, XWPFDocument doc, String paragraphText) {
        List<ImportItem> found = new ArrayList<>();
        for (XmlObject box : xml.selectPath(NS + ".//w:txbxContent")) {
            found.add(ImportItem.of(paragraph, Kind.TEXT_BOX, text(box)));
        }
        for (XmlObject ref : xml.selectPath(NS + ".//w:commentReference")) {
            found.add(ImportItem.of(paragraph, Kind.COMMENT, comment(doc, attribute(ref, "id"))));
        }
        for (XmlObject math : xml.selectPath(NS + ".//m:oMath")) {
            found.add(ImportItem.of(paragraph, Kind.EQUATION, text(math)));
        }
        for (int i = 0; i < xml.selectPath(NS + ".//w:object").length; i++) {
            found.add(ImportItem.of(paragraph, Kind.EMBEDDED_OBJECT, paragraphText));
        }
        for (XmlObject data : xml.selectPath(NS + ".//a:graphicData")) {
            String uri = attribute(data, "uri");
            if (uri.startsWith(CHART)) {
                found.add(ImportItem.of(paragraph, Kind.CHART, paragraphText));
            } else if (uri.startsWith(DIAGRAM)) {
                found.add(ImportItem.of(paragraph, Kind.SMART_ART, paragraphText));
            } else if (!uri.startsWith(PICTURE) && data.selectPath(NS + ".//w:txbxContent").length == 0) {
                found.add(ImportItem.of(paragraph, Kind.SHAPE, paragraphText));
            }
        }
        return found.stream().distinct().toList(); // a drawing and its VML fallback are one thing
    }

    private static String text(XmlObject xml) {
        try (XmlCursor c = xml.newCursor()) {
            return c.getTextValue();
        }
    }

    private static String attribute(XmlObject xml, String localName) {
        if (xml.getDomNode() instanceof Element e) {
            String value = e.getAttributeNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", localName);
            return value.isEmpty() ? e.getAttribute(localName) : value;
        }
        return "";
    }

    /** A comment's text (never its author: the report is shown to others). */
    private static String comment(XWPFDocument doc, String id) {
        XWPFComments comments = doc.getDocComments();
        XWPFComment comment = comments == null ? null : comments.getCommentByID(id);
        return comment == null ? "" : comment.getText();
    }
}
