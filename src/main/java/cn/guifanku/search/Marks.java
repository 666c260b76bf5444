package cn.guifanku.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.TokenGroup;

/**
 * Marks exactly what was searched for inside a matching group of tokens. Overlapping bigrams make a whole run of
 * Chinese characters one group (图书馆员应恪守图书馆员), so marking the group would mark too much: within it, only the
 * typed runs of letters and digits and the query's words are marked. The group arrives HTML-escaped; it is unescaped,
 * marked and escaped again piece by piece.
 */
final class Marks implements Formatter {

    private final Pattern needles;

    Marks(String query, Iterable<String> words) {
        Set<String> all = new LinkedHashSet<>(Arrays.asList(query.split("[^\\p{L}\\p{N}]+")));
        words.forEach(all::add);
        all.removeIf(String::isBlank);
        String alternatives = all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.needles = alternatives.isEmpty() ? null
                : Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String highlightTerm(String escaped, TokenGroup group) {
        if (group.getTotalScore() <= 0) {
            return escaped;
        }
        String raw = escaped.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'")
                .replace("&amp;", "&");
        Matcher m = needles == null ? null : needles.matcher(raw);
        if (m == null || !m.find()) {
            return "<mark>" + escaped + "</mark>";
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(SimpleHTMLEncoder.htmlEncode(raw.substring(last, m.start()))).append("<mark>")
                    .append(SimpleHTMLEncoder.htmlEncode(m.group())).append("</mark>");
            last = m.end();
        } while (m.find());
        return out.append(SimpleHTMLEncoder.htmlEncode(raw.substring(last))).toString();
    }
}
