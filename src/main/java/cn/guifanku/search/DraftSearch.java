package cn.guifanku.search;

import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import cn.guifanku.security.Role;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.StandardRenderer;
import cn.guifanku.security.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Service;

/**
 * Search over the current text of the open proposals' drafts that the user may see (the proposal feature's own
 * rule: a draft in 起草 only to its editor, the secretariat and the chair). Committee roles only; anonymous readers
 * and library readers never search draft text. The drafts are indexed in memory per query; each draft's clauses
 * are kept by revision, so only a changed draft is rendered again.
 */
@Service
class DraftSearch {

    static final Set<Role> ROLES = Set.of(Role.EDITOR, Role.MEMBER, Role.SECRETARIAT, Role.CHAIR, Role.ADMIN);
    private static final int CACHED = 500;

    private final Proposals proposals;
    private final Drafts drafts;
    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final UserQuery queries = new UserQuery();
    private final Snippets snippets = new Snippets();
    private final Map<String, List<Clause>> clausesByRevision = new ConcurrentHashMap<>();

    DraftSearch(Proposals proposals, Drafts drafts, ContentRepository content, StandardRenderer renderer) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.content = content;
        this.renderer = renderer;
    }

    static boolean mayUse(Actor actor) {
        return actor.isSignedIn() && ROLES.stream().anyMatch(actor::has);
    }

    SearchResults search(String q, Actor actor, int page, int size) {
        if (!mayUse(actor)) {
            return new SearchResults(List.of(), page, size, 0);
        }
        Query words = queries.build(q.strip());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
                for (Proposal p : proposals.visibleTo(actor)) {
                    if (p.stage().isOpen()) {
                        String head = drafts.head(p);
                        writer.addDocuments(ClauseDocuments.of(new ClauseDocuments.Source(p.id(), p.id(), head, "",
                                head, p.id(), p.title(), clauses(p, head))));
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int total = searcher.count(words);
                long from = (long) page * size;
                if (from >= total) {
                    return new SearchResults(List.of(), page, size, total);
                }
                ScoreDoc[] top = searcher.search(words, (int) Math.min(total, from + size)).scoreDocs;
                List<SearchHit> hits = new ArrayList<>();
                for (int i = (int) from; i < top.length; i++) {
                    hits.add(hit(searcher.storedFields().document(top[i].doc), words, snippets.marks(q)));
                }
                return new SearchResults(hits, page, size, total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Clause> clauses(Proposal p, String revision) {
        List<Clause> known = clausesByRevision.get(revision);
        if (known != null) {
            return known;
        }
        List<Clause> clauses;
        try {
            clauses = Clauses.of(renderer.renderHtml(new FolderAtRevision(content, revision, p.folder())));
        } catch (RenderFailedException e) {
            clauses = List.of();
        } catch (cn.guifanku.render.RenderUnavailableException e) {
            return List.of(); // every render worker busy: this draft is left out of this search, not remembered so
        }
        if (clausesByRevision.size() > CACHED) {
            clausesByRevision.clear();
        }
        clausesByRevision.put(revision, clauses);
        return clauses;
    }

    private SearchHit hit(Document doc, Query words, Marks marks) {
        String id = doc.get(ClauseDocuments.EDITION);
        String url = "/proposals/" + id + "/draft";
        if ("edition".equals(doc.get(ClauseDocuments.KIND))) {
            return new SearchHit(id, doc.get(ClauseDocuments.TITLE), null, null, null, null, null, null, url, true);
        }
        return new SearchHit(id, doc.get(ClauseDocuments.TITLE), null, null, null, doc.get(ClauseDocuments.CLAUSE),
                snippets.title(words, marks, doc.get(ClauseDocuments.HEADING)),
                snippets.of(words, marks, ClauseDocuments.TEXT, doc.get(ClauseDocuments.TEXT), 2), url, true);
    }
}
