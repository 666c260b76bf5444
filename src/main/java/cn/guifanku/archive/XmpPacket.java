package cn.guifanku.archive;

import cn.guifanku.render.StandardMetadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The XMP metadata of an archival PDF (ISO 16684-1, as PDF/A-2 asks): PDF/A identification, Dublin Core (titles in
 * Chinese and English, issuer, committee, language zh-CN, number, date), the dates, the document ID, and the
 * edition's own facts in a schema of ours that the packet describes itself (PDF/A's extension schema), so that a
 * PDF/A validator and an archive's ingest tools can read them. Written as text, so the same facts give the same bytes.
 */
final class XmpPacket {

    static final String NAMESPACE = "urn:guifanku:ns:edition:1.0/";
    static final String CREATOR_TOOL = "规范库 (guifanku)";

    private XmpPacket() {
    }

    /** The packet for an edition; {@code date} is the XMP form of the edition's 发布 date, {@code producer} the PDF's. */
    static byte[] of(ArchivalFacts facts, String date, String producer) {
        StandardMetadata m = facts.metadata();
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append(" <pdfaid:part>2</pdfaid:part>\n <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append(" <dc:format>application/pdf</dc:format>\n")
                .append(" <dc:identifier>").append(esc(m.number())).append("</dc:identifier>\n")
                .append(" <dc:title><rdf:Alt>")
                .append("<rdf:li xml:lang=\"x-default\">").append(esc(title(m))).append("</rdf:li>")
                .append("<rdf:li xml:lang=\"zh-CN\">").append(esc(m.titleZh())).append("</rdf:li>");
        if (present(m.titleEn())) {
            x.append("<rdf:li xml:lang=\"en\">").append(esc(m.titleEn())).append("</rdf:li>");
        }
        x.append("</rdf:Alt></dc:title>\n")
                .append(" <dc:creator><rdf:Seq><rdf:li>").append(esc(author(m))).append("</rdf:li></rdf:Seq></dc:creator>\n")
                .append(" <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(subject(m)))
                .append("</rdf:li></rdf:Alt></dc:description>\n");
        if (present(m.issuer())) {
            x.append(" <dc:publisher><rdf:Bag><rdf:li>").append(esc(m.issuer())).append("</rdf:li></rdf:Bag></dc:publisher>\n");
        }
        x.append(" <dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>\n")
                .append(" <dc:date><rdf:Seq><rdf:li>").append(iso(m.issued())).append("</rdf:li></rdf:Seq></dc:date>\n");
        if (!m.replaces().isEmpty()) {
            x.append(" <dc:relation><rdf:Bag>");
            m.replaces().forEach(r -> x.append("<rdf:li>").append(esc("代替 " + r)).append("</rdf:li>"));
            x.append("</rdf:Bag></dc:relation>\n");
        }
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append(" <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append(" <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append(" <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append(" <xmp:CreatorTool>").append(esc(CREATOR_TOOL)).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append(" <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n")
                .append(" <pdf:Keywords>").append(esc(keywords(m))).append("</pdf:Keywords>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n")
                .append(" <xmpMM:DocumentID>").append(facts.documentUuid()).append("</xmpMM:DocumentID>\n")
                .append(" <xmpMM:InstanceID>").append(facts.documentUuid()).append("</xmpMM:InstanceID>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:gfk=\"").append(NAMESPACE).append("\">\n");
        property(x, "number", m.number());
        property(x, "titleZh", m.titleZh());
        property(x, "titleEn", m.titleEn());
        property(x, "documentType", m.documentType());
        property(x, "issuer", m.issuer());
        property(x, "committee", m.committee());
        property(x, "issued", iso(m.issued()));
        property(x, "effective", iso(m.effective()));
        property(x, "replaces", String.join(", ", m.replaces()));
        property(x, "ics", m.ics());
        property(x, "ccs", m.ccs());
        property(x, "tag", facts.tagName());
        property(x, "commit", facts.commitId());
        x.append("</rdf:Description>\n");
        extensionSchema(x);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Info dictionary's Title, and dc:title's default: the Chinese title. */
    static String title(StandardMetadata m) {
        return m.titleZh();
    }

    /** The Info dictionary's Author, and dc:creator: the committee that drafted it, else the issuer. */
    static String author(StandardMetadata m) {
        return present(m.committee()) ? m.committee() : present(m.issuer()) ? m.issuer() : "规范库";
    }

    /** The Info dictionary's Subject, and dc:description: number, type and English title. */
    static String subject(StandardMetadata m) {
        return m.number() + (present(m.documentType()) ? " " + m.documentType() : "")
                + (present(m.titleEn()) ? " — " + m.titleEn() : "");
    }

    /** The Info dictionary's Keywords, and pdf:Keywords. */
    static String keywords(StandardMetadata m) {
        return String.join(", ", List.of(m.number(), "ICS " + nz(m.ics()), "CCS " + nz(m.ccs())));
    }

    private static final List<String[]> PROPERTIES = List.of(
            new String[] {"number", "Text", "标准编号 (number with year)"},
            new String[] {"titleZh", "Text", "中文标准名称"},
            new String[] {"titleEn", "Text", "英文标准名称"},
            new String[] {"documentType", "Text", "标准类别"},
            new String[] {"issuer", "Text", "发布机构"},
            new String[] {"committee", "Text", "归口的标准化技术委员会"},
            new String[] {"issued", "Text", "发布日期 (YYYY-MM-DD)"},
            new String[] {"effective", "Text", "实施日期 (YYYY-MM-DD)"},
            new String[] {"replaces", "Text", "代替的标准编号"},
            new String[] {"ics", "Text", "ICS"},
            new String[] {"ccs", "Text", "CCS"},
            new String[] {"tag", "Text", "Git tag of the edition"},
            new String[] {"commit", "Text", "Git commit of the edition"});

    private static void extensionSchema(StringBuilder x) {
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append(" <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("  <pdfaSchema:schema>规范库 edition</pdfaSchema:schema>\n")
                .append("  <pdfaSchema:namespaceURI>").append(NAMESPACE).append("</pdfaSchema:namespaceURI>\n")
                .append("  <pdfaSchema:prefix>gfk</pdfaSchema:prefix>\n")
                .append("  <pdfaSchema:property><rdf:Seq>\n");
        for (String[] p : PROPERTIES) {
            x.append("   <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p[0])
                    .append("</pdfaProperty:name><pdfaProperty:valueType>").append(p[1])
                    .append("</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>")
                    .append("<pdfaProperty:description>").append(esc(p[2])).append("</pdfaProperty:description></rdf:li>\n");
        }
        x.append("  </rdf:Seq></pdfaSchema:property>\n </rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
    }

    private static void property(StringBuilder x, String name, String value) {
        if (present(value)) {
            x.append(" <gfk:").append(name).append('>').append(esc(value)).append("</gfk:").append(name).append(">\n");
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
