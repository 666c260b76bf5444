package cn.guifanku.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the clauses back out of a rendered standard's HTML (a published edition or a draft): every section heading
 * with an id in the body, its number and title ("4.1　能力构成"), and the text of the section without its
 * sub-sections. A term entry (3.1) has no title in its heading; its term stands in. The one clause reader: search
 * indexes these, the comment page offers them, the redline compares them.
 */
public final class Clauses {

    private static final String SECTIONS = "div.sect1, div.sect2, div.sect3, div.sect4, div.sect5, div.sect6";
    private static final Pattern NUMBER = Pattern.compile("([A-Z]|[0-9]+)(\\.[0-9]+)*");

    private Clauses() {
    }

    public static List<Clause> of(byte[] html) {
        return of(Jsoup.parse(new String(html, StandardCharsets.UTF_8)));
    }

    /** The clauses of a parsed page, in document order (the page may then be changed by their anchors). */
    public static List<Clause> of(Document doc) {
        Element main = doc.selectFirst("main.gbt-body");
        Element body = main != null ? main : doc.body();
        List<Clause> clauses = new ArrayList<>();
        if (body == null) {
            return clauses;
        }
        for (Element heading : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            Element section = heading.parent();
            if (section == null || !section.is(SECTIONS) || heading.closest("#toc, .toc, header") != null) {
                continue;
            }
            String[] numberAndTitle = split(heading.text().strip());
            String title = numberAndTitle[1];
            if (title.isEmpty()) {
                Element term = section.selectFirst("> .gbt-term strong");
                title = term == null ? "" : term.text();
            }
            clauses.add(new Clause(heading.id(), heading.text().strip(), numberAndTitle[0], title, ownText(section)));
        }
        return clauses;
    }

    private static String[] split(String heading) {
        int gap = heading.indexOf('\u3000');
        if (gap > 0) {
            String head = heading.substring(0, gap).strip();
            if (NUMBER.matcher(head).matches() || head.startsWith("附录")) {
                return new String[] {head, heading.substring(gap + 1).strip()};
            }
        }
        return NUMBER.matcher(heading).matches() ? new String[] {heading, ""} : new String[] {"", heading};
    }

    private static String ownText(Element section) {
        Element copy = section.clone();
        copy.select(SECTIONS).stream().filter(e -> e != copy).forEach(Element::remove);
        Element ownHeading = copy.selectFirst("> h2, > h3, > h4, > h5, > h6");
        if (ownHeading != null) {
            ownHeading.remove();
        }
        return copy.text().strip();
    }
}
