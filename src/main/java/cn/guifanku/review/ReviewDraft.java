package cn.guifanku.review;

import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The rendered draft as the comment page shows it: under each clause's heading a real, named link "提意见" (while the
 * period is open and the reader is signed in) and how many comments it has; where the reader chose a clause, the
 * place of the comment form, so the page is split there ({@code before} + form + {@code after}). Without script the
 * link loads the page with the form under its clause; with script (static/js/review.js) the form opens in place.
 *
 * @param clauses every clause's anchor and its label with its title ("3.6 馆藏资源"), in document order
 * @param formAt  the anchor of the clause the form is under, or null
 */
record ReviewDraft(String before, String after, Map<String, String> clauses, String formAt) {

    private static final String SLOT = "comment-form-slot";

    /** The words the page puts into the draft, in the reader's language. */
    record Words(String comment, String commentOn, String count) {
    }

    static ReviewDraft of(byte[] html, String page, boolean controls, String selected, Map<String, Long> counts,
                          Words words) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        // The draft sits in the page's <main>: its own <main> (a whole page's) becomes a <div> here. Asciidoctor's
        // section anchors are empty links (nothing to read): the clause's 提意见 link and its id serve instead.
        doc.select("main.gbt-body").tagName("div");
        doc.select("a.anchor:empty").remove();
        Map<String, String> clauses = new LinkedHashMap<>();
        String formAt = null;
        for (Clause c : Clauses.of(doc)) {
            String label = c.label();
            clauses.put(c.anchor(), label);
            Element heading = doc.getElementById(c.anchor());
            if (heading == null) {
                continue;
            }
            long count = counts.getOrDefault(c.anchor(), 0L);
            if (!controls && count == 0) {
                continue;
            }
            Element tools = new Element("p").addClass("clause-tools");
            if (controls) {
                Element link = tools.appendElement("a").addClass("comment-on")
                        .attr("href", page + "?clause=" + c.anchor() + "#comment-form")
                        .attr("data-clause", c.anchor()).attr("data-label", label).text(words.comment());
                link.appendElement("span").addClass("visually-hidden").text(words.commentOn().replace("{0}", label));
            }
            if (count > 0) {
                tools.appendElement("a").addClass("comment-count").attr("href", "#comments-" + c.anchor())
                        .text(words.count().replace("{0}", Long.toString(count)));
            }
            heading.after(tools);
            if (controls && c.anchor().equals(selected)) {
                tools.after(new Element("div").id(SLOT));
                formAt = c.anchor();
            }
        }
        String body = doc.body().html();
        String marker = "<div id=\"" + SLOT + "\"></div>";
        int at = formAt == null ? -1 : body.indexOf(marker);
        if (at < 0) {
            return new ReviewDraft(body, "", clauses, null);
        }
        return new ReviewDraft(body.substring(0, at), body.substring(at + marker.length()), clauses, formAt);
    }
}
