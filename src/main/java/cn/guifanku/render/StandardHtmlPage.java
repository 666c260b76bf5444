package cn.guifanku.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Our own standalone page around a sanitised body: the cover after GB/T 1.1—2020 from the metadata
 * (every value HTML-escaped here), then the body, which starts with Asciidoctor's 目次. A plain document
 * gets no cover: its running header (when set) and its title, centred, above the body. The CSS is
 * inline and names only local fonts, so the page loads nothing from elsewhere.
 */
final class StandardHtmlPage {

    private final String css;

    StandardHtmlPage() {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/themes/gbt-page.css"),
                "themes/gbt-page.css is missing from the classpath")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(StandardMetadata meta, String sanitizedBody) {
        StringBuilder html = new StringBuilder(sanitizedBody.length() + css.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(meta.number())).append(' ').append(escape(meta.titleZh())).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n<body>\n");
        appendCover(html, meta);
        html.append("<main class=\"gbt-body\">\n").append(sanitizedBody).append("\n<hr class=\"gbt-end-line\">\n</main>\n")
                .append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A plain document: no cover, its title on top; a landscape document's page is wider, for its tables. */
    byte[] renderDocument(DocumentHeader header, String sanitizedBody) {
        StringBuilder html = new StringBuilder(sanitizedBody.length() + css.length() + 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(header.title())).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n")
                .append(header.landscape() ? "<body class=\"gbt-document gbt-landscape\">\n" : "<body class=\"gbt-document\">\n");
        optional(html, "p class=\"gbt-doc-header\"", "", header.runningHeader());
        html.append("<main class=\"gbt-body\">\n<h1 class=\"gbt-doc-title\">").append(escape(header.title())).append("</h1>\n")
                .append(sanitizedBody).append("\n</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCover(StringBuilder html, StandardMetadata meta) {
        html.append("<header class=\"gbt-cover\">\n<div class=\"gbt-codes\">");
        optional(html, "p", "ICS ", meta.ics());
        optional(html, "p", "CCS ", meta.ccs());
        html.append("</div>\n");
        optional(html, "p class=\"gbt-type\"", "", meta.documentType());
        html.append("<div class=\"gbt-number\"><p class=\"gbt-number-main\">").append(escape(meta.number())).append("</p>");
        if (!meta.replaces().isEmpty()) {
            html.append("<p class=\"gbt-replaces\">代替 ").append(escape(String.join("，", meta.replaces()))).append("</p>");
        }
        html.append("</div>\n<h1 class=\"gbt-title\">").append(escape(meta.titleZh())).append("</h1>\n");
        optional(html, "p class=\"gbt-title-en\" lang=\"en\"", "", meta.titleEn());
        html.append("<div class=\"gbt-dates\">").append(date(meta.issued(), "发布")).append(date(meta.effective(), "实施"))
                .append("</div>\n");
        optional(html, "p class=\"gbt-issuer\"", "", meta.issuer() == null ? null : meta.issuer() + "\u3000发布");
        html.append("</header>\n");
    }

    private static String date(LocalDate date, String label) {
        return "<p><time datetime=\"" + date + "\">" + date + "</time> " + label + "</p>";
    }

    private static void optional(StringBuilder html, String tag, String prefix, String value) {
        if (value != null) {
            String name = tag.contains(" ") ? tag.substring(0, tag.indexOf(' ')) : tag;
            html.append('<').append(tag).append('>').append(escape(prefix + value)).append("</").append(name).append(">\n");
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
