package cn.guifanku.search;

import cn.guifanku.catalog.Edition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Full-text search over the published standards, with statuses and categories as of today. */
@Service
class Search {

    private final SearchIndex index;
    private final StandardCategories categories;
    private final SearchProperties properties;
    private final UserQuery queries = new UserQuery();
    private final Snippets snippets = new Snippets();

    @Autowired
    Search(SearchIndex index, ObjectProvider<StandardCategories> categories, SearchProperties properties) {
        this(index, categories.getIfAvailable(() -> StandardCategories.NONE), properties);
    }

    Search(SearchIndex index, StandardCategories categories, SearchProperties properties) {
        this.index = index;
        this.categories = categories;
        this.properties = properties;
    }

    /** Why {@code q} cannot run, if it cannot. */
    Optional<UserQuery.Refusal> refusal(String q) {
        return UserQuery.refusal(q, properties.maxQueryLength());
    }

    int maxQueryLength() {
        return properties.maxQueryLength();
    }

    List<String> categories() {
        return categories.all();
    }

    /** One page of hits; call {@link #refusal} first. */
    SearchResults search(SearchRequest request) {
        Query words = queries.build(request.q().strip());
        try (SearchIndex.Snapshot snapshot = index.refresh()) {
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
            filters(request, snapshot.editions()).forEach(f -> query.add(f, Occur.FILTER));
            Query all = query.build();
            IndexSearcher searcher = snapshot.searcher();
            long from = (long) request.page() * request.size();
            // One pass over the hits for both the page and the exact total (a count and a search were two).
            TopDocs found = searcher.search(all, new TopScoreDocCollectorManager(
                    (int) Math.max(1, Math.min(searcher.getIndexReader().maxDoc(), from + request.size())), null,
                    Integer.MAX_VALUE));
            int total = (int) found.totalHits.value;
            if (from >= total) {
                return new SearchResults(List.of(), request.page(), request.size(), total);
            }
            ScoreDoc[] top = found.scoreDocs;
            List<SearchHit> hits = new ArrayList<>();
            Marks marks = snippets.marks(request.q());
            for (int i = (int) from; i < top.length; i++) {
                Document doc = searcher.storedFields().document(top[i].doc);
                Edition edition = snapshot.editions().get(doc.get(ClauseDocuments.EDITION));
                if (edition != null) { // always, as the index follows the catalog; never a hit without its edition
                    hits.add(hit(doc, words, marks, edition));
                }
            }
            return new SearchResults(hits, request.page(), request.size(), total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Query> filters(SearchRequest request, Map<String, Edition> editions) {
        List<Query> filters = new ArrayList<>();
        // No filter for editions the catalog no longer holds: SearchIndex.refresh takes them out of the index, under
        // its lock, before it hands out the snapshot (a filter of every edition cost a set of 10,000 terms per query).
        if (request.status() != null) {
            filters.add(terms(ClauseDocuments.EDITION, editions.entrySet().stream()
                    .filter(e -> e.getValue().status() == request.status()).map(Map.Entry::getKey).toList()));
        }
        if (request.category() != null && !request.category().isBlank()) {
            filters.add(terms(ClauseDocuments.SLUG, editions.values().stream().map(Edition::slug).distinct()
                    .filter(s -> categories.categoryOf(s).filter(request.category()::equals).isPresent()).toList()));
        }
        if (request.year() != null) {
            filters.add(new TermQuery(new Term(ClauseDocuments.YEAR, request.year().toString())));
        }
        return filters;
    }

    private static Query terms(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private SearchHit hit(Document doc, Query words, Marks marks, Edition edition) {
        String slug = doc.get(ClauseDocuments.SLUG);
        String key = doc.get(ClauseDocuments.KEY);
        String url = "/standards/" + slug + "/" + key + ".html";
        String title = doc.get(ClauseDocuments.TITLE);
        if ("edition".equals(doc.get(ClauseDocuments.KIND))) {
            return new SearchHit(doc.get(ClauseDocuments.NUMBER), title, edition.status(), slug, key, null, null,
                    null, url, false);
        }
        String heading = doc.get(ClauseDocuments.HEADING);
        return new SearchHit(doc.get(ClauseDocuments.NUMBER), title, edition.status(), slug, key,
                doc.get(ClauseDocuments.CLAUSE), snippets.title(words, marks, heading),
                snippets.of(words, marks, ClauseDocuments.TEXT, doc.get(ClauseDocuments.TEXT), 2),
                url + "#" + doc.get(ClauseDocuments.ANCHOR), false);
    }
}
