package cn.guifanku.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans Asciidoctor's HTML with an allow-list, whatever got past the source guards: no script,
 * no event handlers, no style, links only to http, https, mailto and fragments, images only as the data URIs
 * the renderer makes of a figure's checked file (PNG, JPEG, sanitised SVG) or relative paths (a remote image would
 * call out to a third party whenever a reader opens the page).
 */
final class HtmlSanitizer {

    /** Relative URLs are checked against this base and then kept relative. */
    private static final String BASE_URI = "https://standard.invalid/";
    private static final Pattern COLUMN_WIDTH = Pattern.compile("\\s*width:\\s*([0-9.]+%);?\\s*");
    private static final Pattern HAS_SCHEME_OR_HOST = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//|\\\\)");
    private static final Pattern FIGURE_DATA = Pattern.compile("^data:image/(?:png|jpeg|svg\\+xml);base64,[A-Za-z0-9+/=]+$");

    private final Safelist safelist = Safelist.relaxed()
            .addTags("hr", "mark", "kbd", "del", "ins", "s", "var", "samp", "abbr", "figure", "figcaption",
                    "details", "summary", "nav", "section")
            .addAttributes(":all", "id", "class", "lang")
            .addAttributes("ol", "reversed")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("img", "src", "data")
            .addProtocols("a", "href", "#")
            .removeAttributes("blockquote", "cite")
            .removeAttributes("q", "cite")
            .preserveRelativeLinks(true);

    String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        keepColumnWidths(dirty);
        Document clean = new Cleaner(safelist).clean(dirty);
        dropRemoteImages(clean);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Table column widths arrive as {@code style="width: 25%;"}; style is not allowed, the width attribute is. */
    private static void keepColumnWidths(Document document) {
        for (Element col : document.select("col[style]")) {
            Matcher width = COLUMN_WIDTH.matcher(col.attr("style"));
            if (width.matches()) {
                col.attr("width", width.group(1));
            }
        }
    }

    private static void dropRemoteImages(Document document) {
        for (Element image : document.select("img")) {
            String src = image.attr("src");
            if (src.isEmpty() || HAS_SCHEME_OR_HOST.matcher(src).find() && !FIGURE_DATA.matcher(src).matches()) {
                image.replaceWith(new TextNode("[" + image.attr("alt") + "]"));
            }
        }
    }
}
