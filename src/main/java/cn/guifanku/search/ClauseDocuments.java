package cn.guifanku.search;

import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * The Lucene documents of one edition: one for the edition itself (number and title, ranked highest) and one per
 * clause (clause number and title, then its text). Statuses are not stored: they change with the date, and are
 * looked up in the catalog when a query runs.
 */
final class ClauseDocuments {

    static final String EDITION = "edition";
    static final String KIND = "kind";
    static final String SLUG = "slug";
    static final String KEY = "key";
    static final String YEAR = "year";
    static final String SHA = "sha";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String CLAUSE = "clause";
    static final String HEADING = "heading";
    static final String TEXT = "text";
    static final String ANCHOR = "anchor";

    private ClauseDocuments() {
    }

    /** What is indexed of an edition, whichever its source (a published edition or a draft). */
    record Source(String id, String slug, String key, String year, String sha, String number, String title,
                  List<Clause> clauses) {
    }

    static List<Document> of(Source source) {
        List<Document> docs = new ArrayList<>();
        Document edition = common(source, "edition");
        edition.add(new StoredField(SHA, source.sha()));
        text(edition, TITLE, source.title());
        docs.add(edition);
        for (Clause clause : source.clauses()) {
            Document doc = common(source, "clause");
            doc.add(new StoredField(TITLE, source.title()));
            doc.add(new StoredField(CLAUSE, clause.number()));
            doc.add(new StoredField(ANCHOR, clause.anchor()));
            text(doc, HEADING, clause.title());
            text(doc, TEXT, clause.text());
            docs.add(doc);
        }
        return docs;
    }

    private static Document common(Source source, String kind) {
        Document doc = new Document();
        doc.add(new StringField(EDITION, source.id(), Field.Store.YES));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new StringField(SLUG, source.slug(), Field.Store.YES));
        doc.add(new StoredField(KEY, source.key()));
        doc.add(new StringField(YEAR, source.year(), Field.Store.NO));
        doc.add(new TextField(NUMBER, source.number(), Field.Store.YES));
        return doc;
    }

    /** Stored once as is, indexed as words and as bigrams. */
    private static void text(Document doc, String name, String value) {
        doc.add(new StoredField(name, value));
        doc.add(new TextField(name + Analyzers.WORDS, value, Field.Store.NO));
        doc.add(new TextField(name + Analyzers.BIGRAMS, value, Field.Store.NO));
    }
}
