package cn.guifanku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * HTML snippets of a stored text with the query's words in {@code <mark>}, everything else HTML-escaped. Tries the
 * bigram field first (its overlapping pairs mark whole runs such as 古籍数字), then the word field; a text without a
 * match gives its beginning.
 */
final class Snippets {

    private static final int FRAGMENT = 60;
    /** The most characters (as tokens count them) analysed to mark one snippet. */
    static final int MAX_ANALYZED = 20_000;
    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();

    /** Marks for a reader's query text: its runs of letters and digits, and its words. */
    Marks marks(String q) {
        return new Marks(q, Analyzers.terms(words, "q", q));
    }

    String of(Query query, Marks marks, String field, String text, int fragments) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String marked = mark(query, marks, field + Analyzers.BIGRAMS, bigrams, text, fragments);
        if (marked == null) {
            marked = mark(query, marks, field + Analyzers.WORDS, words, text, fragments);
        }
        if (marked == null) {
            String start = text.length() > FRAGMENT * 2 ? text.substring(0, FRAGMENT * 2) + "…" : text;
            marked = new SimpleHTMLEncoder().encodeText(start);
        }
        return marked;
    }

    /** The clause title, marked where it matched. */
    String title(Query query, Marks marks, String title) {
        String marked = mark(query, marks, ClauseDocuments.HEADING + Analyzers.BIGRAMS, bigrams, title, 1);
        return marked != null && marked.replaceAll("</?mark>", "").length() >= title.length() - 1
                ? marked : new SimpleHTMLEncoder().encodeText(title);
    }

    private static String mark(Query query, Marks marks, String field, Analyzer analyzer, String text, int fragments) {
        QueryScorer scorer = new QueryScorer(query, field);
        Highlighter highlighter = new Highlighter(marks, new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, FRAGMENT));
        // Counted over tokens: overlapping bigrams count each character twice. A very long clause is marked in its
        // first part only, so one result never costs more than a bounded amount of analysis.
        highlighter.setMaxDocCharsToAnalyze(Math.min(text.length() * 2 + 16, MAX_ANALYZED));
        try {
            String best = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, fragments, " … ");
            return best == null || best.isEmpty() ? null : best;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
