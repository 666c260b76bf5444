package cn.guifanku.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.validation.profiles.ErrorArgument;
import org.verapdf.pdfa.validation.profiles.ErrorArgumentImpl;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.Reference;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;
import org.verapdf.pdfa.validation.profiles.Variable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads one of the validation profiles veraPDF ships (the PDF Association's rules, {@code PDFA-2U.xml} in its core
 * jar) with the JDK's XML parser. veraPDF itself reads them through javax.xml.bind, whose implementation would clash
 * with the Jakarta XML Binding that Camunda brings (both live in {@code com.sun.xml.bind}); the profile's format is
 * small and documented, so reading it here keeps one JAXB on the class path and changes none of the rules.
 */
final class VeraProfile {

    private VeraProfile() {
    }

    static ValidationProfile load(String resource) {
        try (InputStream in = PDFAFlavour.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("veraPDF profile missing: " + resource);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element profile = factory.newDocumentBuilder().parse(in).getDocumentElement();
            PDFAFlavour flavour = PDFAFlavour.valueOf(profile.getAttribute("flavour"));
            Element details = child(profile, "details");
            var profileDetails = Profiles.profileDetailsFromValues(text(details, "name"), text(details, "description"),
                    details.getAttribute("creator"), new java.util.Date(0));
            Set<Rule> rules = new HashSet<>();
            for (Element rule : children(child(profile, "rules"), "rule")) {
                rules.add(rule(rule));
            }
            Set<Variable> variables = new HashSet<>();
            Element vars = child(profile, "variables");
            if (vars != null) {
                for (Element v : children(vars, "variable")) {
                    variables.add(Profiles.variableFromValues(v.getAttribute("name"), v.getAttribute("object"),
                            text(v, "defaultValue"), text(v, "value")));
                }
            }
            return Profiles.profileFromValues(flavour, profileDetails, "", rules, variables);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("veraPDF profile unreadable: " + resource, e);
        }
    }

    private static Rule rule(Element rule) {
        Element id = child(rule, "id");
        var ruleId = Profiles.ruleIdFromValues(PDFAFlavour.Specification.valueOf(id.getAttribute("specification")),
                id.getAttribute("clause"), Integer.parseInt(id.getAttribute("testNumber")));
        Element error = child(rule, "error");
        List<ErrorArgument> arguments = new ArrayList<>();
        Element args = child(error, "arguments");
        if (args != null) {
            for (Element a : children(args, "argument")) {
                arguments.add(ErrorArgumentImpl.fromValues(a.getTextContent(), a.hasAttribute("name") ? a.getAttribute("name") : null, null));
            }
        }
        List<Reference> references = new ArrayList<>();
        Element refs = child(rule, "references");
        if (refs != null) {
            for (Element r : children(refs, "reference")) {
                references.add(Profiles.referenceFromValues(r.getAttribute("specification"), r.getAttribute("clause")));
            }
        }
        Boolean deferred = rule.hasAttribute("deferred") ? Boolean.valueOf(rule.getAttribute("deferred")) : null;
        String tags = rule.hasAttribute("tags") ? rule.getAttribute("tags") : null;
        return Profiles.ruleFromValues(ruleId, rule.getAttribute("object"), deferred, tags, text(rule, "description"),
                text(rule, "test"), Profiles.errorFromValues(text(error, "message"), arguments), references);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = parent == null ? null : child(parent, name);
        return e == null ? null : e.getTextContent();
    }
}
