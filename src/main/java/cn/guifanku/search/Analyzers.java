package cn.guifanku.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text becomes terms. Every text is indexed twice: by words (smartcn, field suffix {@code _zh}) and by
 * overlapping pairs of characters (CJK bigrams, suffix {@code _bi}). Words rank well; bigrams find what the word
 * segmenter splits differently (图书馆员 is 图书馆|员 to smartcn, so 馆员 needs the bigram 馆员). Numbers are split
 * on anything but letters and digits, with no stop words (the “T” of WH/T matters).
 */
final class Analyzers {

    static final String WORDS = "_zh";
    static final String BIGRAMS = "_bi";

    private Analyzers() {
    }

    static Analyzer words() {
        return new SmartChineseAnalyzer();
    }

    static Analyzer bigrams() {
        return new CJKAnalyzer(CharArraySet.EMPTY_SET);
    }

    static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    /** Chooses the analyzer by the field's suffix; untokenised fields never reach it. */
    static Analyzer perField() {
        Analyzer words = words();
        Analyzer bigrams = bigrams();
        return new PerFieldAnalyzerWrapper(plain(), Map.of(
                "title" + WORDS, words, "title" + BIGRAMS, bigrams,
                "heading" + WORDS, words, "heading" + BIGRAMS, bigrams,
                "text" + WORDS, words, "text" + BIGRAMS, bigrams));
    }

    /** The terms an analyzer makes of a text, to tell a query of only punctuation from one with words. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
