package cn.guifanku.search;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A reader's query, taken as plain words: no query syntax at all (AND, quotes, *, ?, ~, brackets, colons and
 * backslashes are just characters, dropped by the analyzers like any punctuation), so nothing a reader types can
 * make the parser fail. A document matches when one of its fields holds every word (smartcn) or every typed
 * run of characters in a row (bigrams); the number counts most, then the title, the clause title, the text.
 */
final class UserQuery {

    /** Why a query cannot run; each is a message key {@code search.problem.<code>}. */
    enum Refusal { EMPTY, TOO_LONG, NO_WORDS }

    private final QueryBuilder words = new QueryBuilder(Analyzers.words());
    private final QueryBuilder bigrams = new QueryBuilder(Analyzers.bigrams());
    private final QueryBuilder plain = new QueryBuilder(Analyzers.plain());

    /** The reason a text is no query, if it is none. */
    static Optional<Refusal> refusal(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return Optional.of(Refusal.EMPTY);
        }
        if (text.strip().codePointCount(0, text.strip().length()) > maxLength) {
            return Optional.of(Refusal.TOO_LONG);
        }
        boolean noWords = Analyzers.terms(Analyzers.bigrams(), "q", text).isEmpty()
                && Analyzers.terms(Analyzers.words(), "q", text).isEmpty();
        return noWords ? Optional.of(Refusal.NO_WORDS) : Optional.empty();
    }

    Query build(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        // Far apart, so a match in the number or title outranks any amount of body text (BM25 scores stay small).
        add(any, plain.createBooleanQuery(ClauseDocuments.NUMBER, text, Occur.MUST), 40f);
        add(any, field(ClauseDocuments.TITLE, text), 20f);
        add(any, field(ClauseDocuments.HEADING, text), 4f);
        add(any, field(ClauseDocuments.TEXT, text), 1f);
        return any.build();
    }

    /** The query on one text field: its words, or its runs of characters. */
    Query field(String name, String text) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        add(either, words.createBooleanQuery(name + Analyzers.WORDS, text, Occur.MUST), 1f);
        BooleanQuery.Builder runs = new BooleanQuery.Builder();
        int clauses = 0;
        for (String run : text.strip().split("\\s+")) {
            Query phrase = bigrams.createPhraseQuery(name + Analyzers.BIGRAMS, run);
            if (phrase != null) {
                runs.add(phrase, Occur.MUST);
                clauses++;
            }
        }
        if (clauses > 0) {
            add(either, runs.build(), 1f);
        }
        return either.build();
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }
}
