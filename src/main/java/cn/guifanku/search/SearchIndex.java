package cn.guifanku.search;

import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.StandardEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The index of published clauses on disk. Before every query it is brought up to date with the catalog, which is
 * shared by all nodes: editions published since (here or on another node) are added, editions gone are removed,
 * and a missing index folder is rebuilt from scratch, so a node may simply delete it.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path dir;
    private final Catalog catalog;
    private final ArtifactStore artifacts;
    private final ReentrantLock lock = new ReentrantLock();
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Edition id (slug/key) → SHA-256 of the HTML it was indexed from. */
    private final Map<String, String> indexed = new HashMap<>();
    private final long recheckNanos;
    private Map<String, Edition> editions;
    private long readAt;

    /** Search's background work (building the index at start), one thread, stopped with the application. */
    private final org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor work =
            new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();

    private final org.springframework.context.ApplicationEventPublisher events;

    SearchIndex(SearchProperties properties, Catalog catalog, ArtifactStore artifacts,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        work.setThreadNamePrefix("search-index-");
        work.setCorePoolSize(1);
        work.setMaxPoolSize(1);
        work.setDaemon(true);
        work.initialize();
        this.dir = properties.indexDir().toAbsolutePath().normalize();
        this.recheckNanos = properties.catalogRecheck().toNanos();
        this.catalog = catalog;
        this.artifacts = artifacts;
    }

    /** Builds or opens the index when the application is up, so the first reader does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        work.execute(() -> {
            long started = System.nanoTime();
            try (Snapshot ready = refresh()) {
                log.info("全文索引已就绪 · search index ready: {} editions, {} ms", ready.editions().size(),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Search index not built at start; the first query will try again", e);
            }
        });
    }

    /**
     * The catalog as it is now, each edition by id, and a searcher over the index brought up to date with it. The
     * catalog is read again (and the index synchronised) when the last read is older than {@code catalog-recheck},
     * or when the index folder has gone.
     */
    Snapshot refresh() {
        lock.lock();
        try {
            boolean missing = writer == null || !Files.isDirectory(dir);
            if (missing) {
                open();
            }
            if (!missing && editions != null && System.nanoTime() - readAt < recheckNanos) {
                return new Snapshot(editions, searchers, searchers.acquire());
            }
            editions = new LinkedHashMap<>();
            for (StandardEntry standard : catalog.standards()) {
                standard.editions().forEach(e -> editions.put(id(e), e));
            }
            readAt = System.nanoTime();
            boolean changed = false;
            for (String id : List.copyOf(indexed.keySet())) {
                Edition now = editions.get(id);
                if (now == null || !now.published().html().sha256().equals(indexed.get(id))) {
                    writer.deleteDocuments(new Term(ClauseDocuments.EDITION, id));
                    indexed.remove(id);
                    changed = true;
                }
            }
            for (Map.Entry<String, Edition> e : editions.entrySet()) {
                if (!indexed.containsKey(e.getKey())) {
                    changed |= add(e.getKey(), e.getValue());
                }
            }
            if (changed) {
                writer.commit();
                searchers.maybeRefreshBlocking();
                events.publishEvent(new SearchIndexChanged(indexed.size()));
            }
            return new Snapshot(editions, searchers, searchers.acquire());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** What one query reads; close it to release the searcher. */
    record Snapshot(Map<String, Edition> editions, SearcherManager manager, IndexSearcher searcher)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                manager.release(searcher);
            } catch (IOException | RuntimeException e) {
                log.debug("Searcher released after its index was closed", e);
            }
        }
    }

    static String id(Edition e) {
        return e.slug() + "/" + e.key();
    }

    private boolean add(String id, Edition edition) throws IOException {
        var html = artifacts.find(edition.published().html().sha256());
        if (html.isEmpty()) {
            return false;
        }
        String sha = edition.published().html().sha256();
        writer.addDocuments(ClauseDocuments.of(new ClauseDocuments.Source(id, edition.slug(), edition.key(),
                String.valueOf(edition.metadata().issued().getYear()), sha, edition.number(),
                edition.metadata().titleZh(), Clauses.of(Files.readAllBytes(html.get())))));
        indexed.put(id, sha);
        return true;
    }

    private void open() throws IOException {
        close();
        boolean rebuild = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
        indexed.clear();
        IndexSearcher searcher = searchers.acquire();
        try {
            var editionDocs = new TermQuery(new Term(ClauseDocuments.KIND, "edition"));
            for (ScoreDoc hit : searcher.search(editionDocs, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                indexed.put(doc.get(ClauseDocuments.EDITION), doc.get(ClauseDocuments.SHA));
            }
        } finally {
            searchers.release(searcher);
        }
        log.info("Search index {} at {}: {} editions indexed", rebuild ? "created" : "opened", dir, indexed.size());
    }

    private void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Search index at {} closed with an error (its folder was probably deleted): {}", dir, e.toString());
        }
        searchers = null;
        writer = null;
    }

    @Override
    public void destroy() {
        work.shutdown();
        lock.lock();
        try {
            close();
        } finally {
            lock.unlock();
        }
    }
}
