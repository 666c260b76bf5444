package cn.guifanku.review;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.StandardRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The clauses of a draft revision as readers see them on the comment page: each heading's id and its label
 * ("5.2 开放时间"), from the rendered draft. A comment must name one of them. Kept per revision (a revision never
 * changes), for the last few revisions.
 */
@Component
class DraftClauses {

    private static final int KEPT = 32;

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final Map<String, Map<String, String>> byRevision = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > KEPT;
                }
            });

    DraftClauses(ContentRepository content, StandardRenderer renderer) {
        this.content = content;
        this.renderer = renderer;
    }

    /** Heading id → label, in document order. */
    Map<String, String> of(Proposal p, String revision) {
        Map<String, String> known = byRevision.get(revision);
        if (known != null) {
            return known;
        }
        byte[] html = renderer.renderHtml(new FolderAtRevision(content, revision, p.folder()));
        Map<String, String> clauses = new LinkedHashMap<>();
        for (Element heading : Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("h2[id], h3[id], h4[id], h5[id]")) {
            if (heading.closest("#toc, .toc, header") == null) {
                clauses.put(heading.id(), heading.text().strip());
            }
        }
        Map<String, String> kept = Collections.unmodifiableMap(clauses);
        byRevision.put(revision, kept);
        return kept;
    }
}
