package cn.guifanku.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Checks a feed against RFC 4287: the RELAX NG schema of its Appendix B (with Jing), and the rules the schema leaves
 * to Schematron (every entry has an author or the feed has one; every entry has an alternate link or content).
 */
final class AtomValidation {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomValidation() {
    }

    /** Validates and returns the parsed feed; fails the test with every schema error. */
    static Document valid(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertThat(driver.loadSchema(new InputSource(AtomValidation.class.getResource("/atom/atom.rnc").toExternalForm())))
                .as("RFC 4287 schema loads: %s", errors).isTrue();
        boolean valid = driver.validate(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(errors).as(xml).isEmpty();
        assertThat(valid).isTrue();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        XPath xpath = xpath();
        assertThat(xpath.evaluate("/a:feed/a:id", doc)).isNotBlank();
        assertThat(xpath.evaluate("/a:feed/a:title", doc)).isNotBlank();
        assertThat(xpath.evaluate("/a:feed/a:updated", doc)).isNotBlank();
        assertThat(xpath.evaluate("/a:feed/a:link[@rel='self']/@href", doc)).startsWith("http");
        boolean feedAuthor = !xpath.evaluate("/a:feed/a:author/a:name", doc).isBlank();
        NodeList entries = (NodeList) xpath.evaluate("/a:feed/a:entry", doc, XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = entries.item(i);
            assertThat(feedAuthor || !xpath.evaluate("a:author/a:name", entry).isBlank()).as("entry %d has an author", i).isTrue();
            assertThat(xpath.evaluate("a:link[@rel='alternate']/@href", entry)).as("entry %d links to a page", i).startsWith("http");
            assertThat(xpath.evaluate("a:id", entry)).startsWith("urn:guifanku:");
            assertThat(xpath.evaluate("a:updated", entry)).isNotBlank();
            assertThat(xpath.evaluate("a:title", entry)).isNotBlank();
        }
        return doc;
    }

    static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "a".equals(prefix) ? ATOM : null;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return xpath;
    }

    static List<String> texts(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(path, doc, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }
}
