package cn.guifanku.review;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.process.Stage;
import cn.guifanku.process.Task;
import cn.guifanku.process.WorkItem;
import cn.guifanku.process.Workflow;
import cn.guifanku.proposal.CommentDrafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The drafts open for comment now, soonest deadline first: for the home page and for 我的待办. */
@Component
class OpenForComment {

    /**
     * A draft in 征求意见.
     *
     * @param standard the standard it revises by number and title ("WH/T 201《公共图书馆读者服务规范》"), null for a new one
     * @param pdf      the 征求意见稿 PDF as circulated, or null
     */
    record Draft(Proposal proposal, String standard, Instant deadline, String review, String pdf) {
    }

    private final Proposals proposals;
    private final Workflow workflow;
    private final CommentDrafts commentDrafts;
    private final Catalog catalog;

    OpenForComment(Proposals proposals, Workflow workflow, CommentDrafts commentDrafts, Catalog catalog) {
        this.proposals = proposals;
        this.workflow = workflow;
        this.commentDrafts = commentDrafts;
        this.catalog = catalog;
    }

    List<Draft> now() {
        return proposals.running().stream().filter(p -> p.stage() == Stage.COMMENTING)
                .map(p -> new Draft(p, standard(p), deadline(p), "/proposals/" + p.id() + "/review",
                        commentDrafts.latest(p.id()).map(CommentDrafts.CommentDraft::href).orElse(null)))
                .sorted(Comparator.comparing(Draft::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private Instant deadline(Proposal p) {
        return workflow.task(p.id(), Task.COMMENT_PERIOD, null).map(WorkItem::due).filter(Objects::nonNull).orElse(null);
    }

    private String standard(Proposal p) {
        return Optional.ofNullable(p.targetSlug()).flatMap(catalog::find)
                .map(s -> s.designation() + "《" + s.headline().metadata().titleZh() + "》").orElse(null);
    }
}
