package cn.guifanku.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * An edition's reading page: the archived HTML exactly as published (its bytes and SHA-256 stay what the tag records,
 * and it stays downloadable unchanged at {@link Links#archive}), with a bar of ours at the top that says where the
 * edition stands today — 现行, 即将实施, 被代替 or 废止 — and links to the edition in force, the standard's page and the
 * files. A reader who arrives from a search or an old link at a replaced edition sees at once that it is replaced.
 */
final class EditionPage {

    private static final String STYLE = "<style>.gfk-edition-status{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\","
            + "sans-serif;margin:0 0 1.5rem;padding:.8rem 1.2rem;border:2px solid #1a5fa8;background:#eef4fb;color:#111;"
            + "font-size:1rem;line-height:1.6}.gfk-edition-status.gfk-SUPERSEDED,.gfk-edition-status.gfk-WITHDRAWN{"
            + "border-color:#a40000;background:#fdf0ef}.gfk-edition-status.gfk-CURRENT{border-width:1px;background:#eef7ee;"
            + "border-color:#2e7d32}.gfk-edition-status p{margin:.2rem 0;text-indent:0}.gfk-edition-status .gfk-label{"
            + "display:inline-block;padding:0 .5em;margin-right:.5em;border-radius:.3em;color:#fff;background:#1a5fa8}"
            + ".gfk-SUPERSEDED .gfk-label,.gfk-WITHDRAWN .gfk-label{background:#a40000}.gfk-CURRENT .gfk-label{"
            + "background:#2e7d32}.gfk-edition-status a{color:#0b4f9c}.gfk-edition-status .gfk-links{font-size:.9rem}"
            + "@media print{.gfk-edition-status{display:none}}</style>\n";

    private EditionPage() {
    }

    /** The archived HTML with the status bar after {@code <body>} and its style in the head. */
    static byte[] of(byte[] archived, Edition edition, StandardEntry standard, MessageSource messages, Locale locale) {
        String html = new String(archived, StandardCharsets.UTF_8);
        String bar = bar(edition, standard, messages, locale);
        int head = html.indexOf("</head>");
        if (head >= 0) {
            html = html.substring(0, head) + STYLE + html.substring(head);
        }
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        html = open < 0 ? STYLE + bar + html : html.substring(0, open + 1) + "\n" + bar + html.substring(open + 1);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The bar: the status in a sentence, the edition in force, links. */
    static String bar(Edition edition, StandardEntry standard, MessageSource messages, Locale locale) {
        Optional<Edition> current = standard == null ? Optional.empty() : standard.inForce();
        Optional<Edition> next = standard == null ? Optional.empty() : standard.upcoming();
        String sentence = switch (edition.status()) {
            case SUPERSEDED -> text(messages, locale, "edition.banner.SUPERSEDED", edition.number(),
                    String.join("、", edition.replacedBy()), replacedOn(edition, standard));
            case WITHDRAWN -> text(messages, locale, "edition.banner.WITHDRAWN", edition.number(),
                    standard == null ? "" : standard.withdrawnOn());
            case UPCOMING -> text(messages, locale, "edition.banner.UPCOMING", edition.number(),
                    edition.metadata().effective());
            case CURRENT -> next.isPresent()
                    ? text(messages, locale, "edition.banner.CURRENT.next", edition.number(), edition.metadata().effective(),
                            next.get().number(), next.get().metadata().effective())
                    : text(messages, locale, "edition.banner.CURRENT", edition.number(), edition.metadata().effective());
        };
        StringBuilder bar = new StringBuilder("<div class=\"gfk-edition-status gfk-").append(edition.status())
                .append("\" role=\"note\" id=\"edition-status\"><p><span class=\"gfk-label\">")
                .append(text(messages, locale, edition.status().messageKey())).append("</span>").append(sentence).append("</p>");
        if (edition.status() != EditionStatus.CURRENT) {
            if (current.isPresent()) {
                Edition in = current.get();
                bar.append("<p class=\"gfk-current\">").append(text(messages, locale, "edition.banner.inForce"))
                        .append("<a id=\"edition-in-force\" href=\"").append(Links.edition(in, "html")).append("\">")
                        .append(escape(in.number() + "《" + in.metadata().titleZh() + "》")).append("</a></p>");
            } else {
                bar.append("<p class=\"gfk-current\">").append(text(messages, locale, "edition.banner.noneInForce")).append("</p>");
            }
        }
        bar.append("<p class=\"gfk-links\"><a href=\"").append(Links.standard(edition.slug())).append("\">")
                .append(text(messages, locale, "edition.banner.standard")).append("</a> · <a href=\"")
                .append(Links.archive(edition)).append("\">").append(text(messages, locale, "edition.banner.archive"))
                .append("</a> · <a href=\"").append(Links.edition(edition, "pdf")).append("\">PDF</a></p></div>\n");
        return bar.toString();
    }

    /** The day the edition that replaced it took effect. */
    private static Object replacedOn(Edition edition, StandardEntry standard) {
        if (standard == null) {
            return "";
        }
        return standard.editions().stream().filter(e -> edition.replacedBy().contains(e.number()))
                .map(e -> e.metadata().effective()).min(java.util.Comparator.naturalOrder()).map(Object::toString).orElse("");
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... args) {
        Object[] escaped = java.util.Arrays.stream(args).map(a -> a == null ? "" : escape(a.toString())).toArray();
        return messages.getMessage(key, escaped, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
