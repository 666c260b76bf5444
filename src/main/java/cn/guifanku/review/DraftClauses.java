package cn.guifanku.review;

import cn.guifanku.proposal.DraftRendering;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The clauses of a draft revision as readers see them on the comment page (the draft rendered as the draft it is, read
 * by the one clause reader): each heading's anchor and its label ("5.2　开放时间"). A comment must name one of them. Kept
 * per revision (a revision never changes), for the last few revisions.
 */
@Component
class DraftClauses {

    private static final int KEPT = 32;

    private final DraftRendering drafting;
    private final Map<String, Map<String, String>> byRevision = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                    return size() > KEPT;
                }
            });

    DraftClauses(DraftRendering drafting) {
        this.drafting = drafting;
    }

    /**
     * The clauses of a revision's draft as the comment page just rendered it: remembered, so that the first comment on
     * that revision does not render the draft a second time (a render takes seconds, on a busy machine a minute).
     */
    void seen(String revision, byte[] html) {
        if (byRevision.containsKey(revision)) {
            return;
        }
        Map<String, String> clauses = new LinkedHashMap<>();
        for (Clause clause : Clauses.of(html)) {
            clauses.put(clause.anchor(), clause.heading());
        }
        byRevision.put(revision, Collections.unmodifiableMap(clauses));
    }

    /** Anchor → label, in document order. */
    Map<String, String> of(Proposal p, String revision) {
        Map<String, String> known = byRevision.get(revision);
        if (known != null) {
            return known;
        }
        Map<String, String> clauses = new LinkedHashMap<>();
        try {
            for (Clause clause : Clauses.of(drafting.html(p, revision))) {
                clauses.put(clause.anchor(), clause.heading());
            }
        } catch (cn.guifanku.render.RenderFailedException e) {
            return Map.of(); // a revision that does not render has no clause to comment on (not remembered)
        }
        Map<String, String> kept = Collections.unmodifiableMap(clauses);
        byRevision.put(revision, kept);
        return kept;
    }
}
