package cn.guifanku.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Our own standalone page around a sanitised body: the cover after GB/T 1.1—2020 from the metadata
 * (every value HTML-escaped here), then the body, which starts with Asciidoctor's 目次. A draft's cover shows its
 * stage, date and patent request instead of the 发布 and 实施 dates, and a running header with the stage tops the
 * page. A plain document
 * gets no cover: its running header (when set) and its title, centred, above the body. The CSS is
 * inline and names only local fonts, so the page loads nothing from elsewhere.
 */
final class StandardHtmlPage {

    /** What the cover of a 征求意见稿 or 送审稿 asks of its readers (GB/T 1.1—2020, GB/T 20003.1). */
    static final String PATENT_REQUEST = "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。";
    /** A draft has no 发布 or 实施 date yet: its cover prints this in their places. */
    static final String DATE_PLACEHOLDER = "XXXX-XX-XX";
    /** A draft's year is open until the approval fixes it: WH/T 201—××××. */
    static final String OPEN_YEAR = "××××";

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
        return render(meta, sanitizedBody, null, null);
    }

    /**
     * A draft: the stage after the title in the page's title, a running header with the number and the stage above
     * the cover, and the cover of a draft (stage, date of the draft, patent request, no 发布 and 实施 dates).
     */
    byte[] renderDraft(StandardMetadata meta, String sanitizedBody, DraftStage stage, LocalDate date) {
        return render(meta, sanitizedBody, stage, date);
    }

    private byte[] render(StandardMetadata published, String sanitizedBody, DraftStage stage, LocalDate date) {
        StandardMetadata meta = stage == null ? published : asDraft(published);
        StringBuilder html = new StringBuilder(sanitizedBody.length() + css.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(meta.number())).append(' ').append(escape(meta.titleZh()))
                .append(stage == null ? "" : escape(stageLabel(stage))).append("</title>\n")
                .append("<style>\n").append(css).append("</style>\n</head>\n")
                .append(stage == null ? "<body>\n" : "<body class=\"gbt-draft\">\n");
        if (stage != null) {
            html.append("<p class=\"gbt-running-header\">").append(escape(meta.number() + stageLabel(stage))).append("</p>\n");
        }
        appendCover(html, meta, stage, date);
        html.append("<main class=\"gbt-body\">\n").append(sanitizedBody).append("\n<hr class=\"gbt-end-line\">\n</main>\n")
                .append("</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A draft's facts as its pages print them: the number with its year open, whatever the header's year. */
    static StandardMetadata asDraft(StandardMetadata m) {
        String number = m.number() == null ? null : m.number().replaceFirst("—(\\d{4}|XXXX)$", "—" + OPEN_YEAR);
        return new StandardMetadata(number, m.titleZh(), m.titleEn(), m.documentType(), m.ics(), m.ccs(), m.issued(),
                m.effective(), m.replaces(), m.issuer(), m.proposer(), m.committee(), m.drafters());
    }

    /** “（征求意见稿）”: how the cover and the headers print a stage. */
    static String stageLabel(DraftStage stage) {
        return "\uff08" + stage.label() + "\uff09";
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

    private static void appendCover(StringBuilder html, StandardMetadata meta, DraftStage stage, LocalDate draftDate) {
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
        if (stage == null) {
            html.append("<div class=\"gbt-dates\">").append(date(meta.issued(), "发布")).append(date(meta.effective(), "实施"))
                    .append("</div>\n");
        } else {
            html.append("<div class=\"gbt-draft-stage\"><p class=\"gbt-stage\">").append(escape(stageLabel(stage)))
                    .append("</p>\n<p class=\"gbt-draft-date\">（本稿完成日期：<time datetime=\"").append(draftDate).append("\">")
                    .append(draftDate).append("</time>）</p></div>\n");
            if (stage.requestsPatents()) {
                html.append("<p class=\"gbt-patent-request\">").append(PATENT_REQUEST).append("</p>\n");
            }
            html.append("<div class=\"gbt-dates\"><p>").append(DATE_PLACEHOLDER).append(" 发布</p><p>").append(DATE_PLACEHOLDER)
                    .append(" 实施</p></div>\n");
        }
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
