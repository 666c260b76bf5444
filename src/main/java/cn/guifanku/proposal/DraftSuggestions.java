package cn.guifanku.proposal;

import cn.guifanku.proposal.DraftFacts.Finding;
import cn.guifanku.proposal.DraftFacts.Suggestion;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The editor accepts what the check suggests (the 代替 sentence, the history of editions, the header as the catalog
 * has them): one click, one commit in the editor's name saying what was accepted. Nothing is ever changed in a draft
 * without the editor asking.
 */
@Component
class DraftSuggestions {

    private final Drafts drafts;
    private final RecordFacts facts;

    DraftSuggestions(Drafts drafts, RecordFacts facts) {
        this.drafts = drafts;
        this.facts = facts;
    }

    /** The suggestions the check makes on the draft's latest revision. */
    List<Finding> open(Proposal p) {
        return facts.checkRevision(p, drafts.head(p)).stream().filter(f -> f.suggestion() != null).toList();
    }

    /**
     * Applies the suggestions named by {@code ids} (all when empty) to the latest revision, which must be
     * {@code baseRevision} (else 409, as for any save); returns the new revision.
     */
    String accept(Proposal p, Collection<String> ids, String baseRevision, Actor actor) {
        ProposalAccess.checkEdit(p, actor);
        String head = drafts.head(p);
        List<Suggestion> chosen = facts.checkRevision(p, head).stream().map(Finding::suggestion)
                .filter(s -> s != null && (ids == null || ids.isEmpty() || ids.contains(s.id()))).toList();
        if (chosen.isEmpty()) {
            throw Problem.unprocessable("no-suggestions");
        }
        Drafts.DraftFile file = drafts.read(p, Drafts.STANDARD, head);
        String changed = SuggestedChanges.apply(file.text(), chosen)
                .orElseThrow(() -> Problem.conflict("suggestion-outdated"));
        String message = "采纳检查建议：" + String.join("；", chosen.stream().map(DraftSuggestions::what).distinct().toList());
        return drafts.edit(p, Drafts.STANDARD, changed, baseRevision == null ? head : baseRevision, message, actor);
    }

    private static String what(Suggestion s) {
        String text = s.replacement() == null ? s.original() : s.replacement();
        if (text.contains(DraftFacts.HISTORY_LEAD)) {
            return "历次版本发布情况";
        }
        if (text.contains(DraftFacts.REPLACES_LEAD)) {
            return "代替关系";
        }
        return text.contains(":std-number:") ? "编号" : "被代替标准（:std-replaces:）";
    }
}
