package cn.guifanku.terms;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the term entries back out of a rendered standard (published or draft): the sections under the clause
 * 术语和定义, each with its term paragraph ({@code <strong>term</strong>　<strong>English</strong>}), its definition,
 * notes and source.
 */
final class TermExtractor {

    private TermExtractor() {
    }

    static List<TermEntry> extract(byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        List<TermEntry> entries = new ArrayList<>();
        for (Element clause : doc.select("main.gbt-body div.sect1")) {
            Element heading = clause.selectFirst("> h2");
            if (heading == null || !heading.text().contains("术语和定义")) {
                continue;
            }
            for (Element entry : clause.select("div.sect2, div.sect3")) {
                Element termLine = entry.selectFirst("> .gbt-term");
                Element h = entry.selectFirst("> h3, > h4");
                if (termLine == null || h == null) {
                    continue;
                }
                var strong = termLine.select("strong");
                String term = strong.isEmpty() ? termLine.text() : strong.get(0).text();
                String english = strong.size() > 1 ? strong.get(1).text() : "";
                String definition = "";
                String source = "";
                for (Element p : entry.select("> div.paragraph:not(.gbt-term)")) {
                    String text = p.text().strip();
                    if (text.startsWith("〔来源")) {
                        source = text;
                    } else if (definition.isEmpty()) {
                        definition = text;
                    }
                }
                List<String> notes = entry.select("> div.admonitionblock td.content").eachText();
                entries.add(new TermEntry(h.text().strip(), term.strip(), english.strip(), definition, notes, source,
                        h.id()));
            }
        }
        return entries;
    }

    /** What two definitions or terms are compared by: width, case, spaces and punctuation do not count. */
    static String normalise(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\p{Z}\\s]+", "");
    }
}
