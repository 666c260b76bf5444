package cn.guifanku.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An SVG figure made safe to embed, by an allow-list over the JDK's XML parser (no DTD, no external entities): the
 * drawing elements of SVG stay; what an editor adds for itself (Inkscape's and Sodipodi's elements and attributes,
 * RDF metadata, comments) is dropped; anything active or reaching outside the file — {@code <script>}, event handlers
 * ({@code onload=}), {@code <foreignObject>}, animation, links, a reference that is not {@code #id} in an attribute or
 * in CSS — refuses the figure with the reason. Every font is set to the PDF's own ({@link SvgFonts}), so Chinese
 * labels print with the embedded fonts and the PDF never names a font it does not embed; a label with a character our
 * 宋体 lacks refuses the figure too.
 */
final class SvgSanitizer {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask", "marker", "pattern", "style");
    private static final Set<String> DROPPED = Set.of("metadata");
    private static final String MISSING_GLYPH = "glyph:";
    /** url(…) pointing anywhere but at an element of this file, or CSS that pulls in other files. */
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*(?!#)|@import|expression\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    private final SvgFonts fonts = new SvgFonts();

    /** The sanitised SVG, or why it was refused. */
    record Result(byte[] svg, String refusal) {
    }

    Result sanitize(byte[] bytes) {
        Document document;
        try {
            document = parser().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return refused("不是可读的 SVG 文件（XML 有误，或含有不允许的 DOCTYPE 声明）");
        }
        Element root = document.getDocumentElement();
        if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
            return refused("不是 SVG 文件（根元素须为 SVG 命名空间的 svg）");
        }
        List<String> found = new ArrayList<>();
        clean(root, found);
        Optional<String> glyph = found.stream().filter(f -> f.startsWith(MISSING_GLYPH)).findFirst();
        if (glyph.isPresent()) {
            return refused("SVG 图片的文字中有图中字体没有的字符“" + glyph.get().substring(MISSING_GLYPH.length())
                    + "”（图中文字只能用宋体字库里有的字，即 GB 2312 的字）：请换用常用字，或改用 PNG");
        }
        if (!found.isEmpty()) {
            return refused("SVG 图片含有不允许的内容（" + String.join("、", found.stream().distinct().limit(3).toList())
                    + "）：图中不能有脚本、事件属性、外部引用、链接或动画");
        }
        root.setAttribute("font-family", SvgFonts.SONG);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return new Result(out.toByteArray(), null);
        } catch (Exception e) {
            return refused("SVG 文件无法处理");
        }
    }

    private static Result refused(String why) {
        return new Result(null, why);
    }

    private void clean(Element element, List<String> found) {
        for (Node child = element.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element e = (Element) child;
                    if (!SVG_NS.equals(e.getNamespaceURI()) || DROPPED.contains(e.getLocalName())) {
                        element.removeChild(e); // an editor's own data, or another vocabulary: never drawn
                    } else if (!ELEMENTS.contains(e.getLocalName())) {
                        found.add("<" + e.getLocalName() + ">");
                    } else {
                        clean(e, found);
                    }
                }
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if ("text".equals(element.getLocalName()) || "tspan".equals(element.getLocalName())) {
                        fonts.missingGlyph(child.getNodeValue()).ifPresent(c -> found.add(MISSING_GLYPH + c));
                    }
                    if ("style".equals(element.getLocalName())) {
                        String css = child.getNodeValue();
                        if (OUTSIDE_REFERENCE.matcher(css).find()) {
                            found.add("样式中的外部引用");
                        }
                        child.setNodeValue(fonts.inCss(css));
                    }
                }
                default -> element.removeChild(child); // comments, processing instructions
            }
            child = next;
        }
        cleanAttributes(element, found);
    }

    private void cleanAttributes(Element element, List<String> found) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> dropped = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                continue;
            }
            if (ns != null && !XLINK_NS.equals(ns) && !XMLConstants.XML_NS_URI.equals(ns)) {
                dropped.add(a); // inkscape:label, sodipodi:docname …
            } else if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                found.add(name + "=");
            } else if (name.equals("href") && !a.getValue().strip().startsWith("#")) {
                found.add("外部引用 " + name + "=");
            } else if (OUTSIDE_REFERENCE.matcher(a.getValue()).find()) {
                found.add(name + " 中的外部引用");
            } else if (name.equals("font-family")) {
                a.setValue(fonts.family(a.getValue()));
            } else if (name.equals("style")) {
                a.setValue(fonts.inCss(a.getValue()));
            }
        }
        dropped.forEach(element::removeAttributeNode);
    }

    private static DocumentBuilderFactory parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
