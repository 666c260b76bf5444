package cn.guifanku.review;

import cn.guifanku.security.Role;
import cn.guifanku.process.Workflow;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalAccess;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Comments during 征求意见 and their disposition (意见处理). Any signed-in member or library reader may comment on a
 * draft in comment; only its editor disposes; the draft goes to ballot only when every comment has a disposition.
 */
@Service
public class Comments {

    private static final Set<String> TYPES = Set.of("ge", "te", "ed");

    private final CommentRepository repository;
    private final Proposals proposals;
    private final Drafts drafts;
    private final ProposalHistory history;
    private final Workflow workflow;
    private final Clock clock;

    Comments(CommentRepository repository, Proposals proposals, Drafts drafts, ProposalHistory history,
             Workflow workflow, Clock clock) {
        this.repository = repository;
        this.proposals = proposals;
        this.drafts = drafts;
        this.history = history;
        this.workflow = workflow;
        this.clock = clock;
    }

    public record NewComment(String clauseId, String clauseLabel, String type, String body, String proposedChange,
                             String revision) {
    }

    public Comment add(String proposalId, NewComment c, Actor actor) {
        if (!actor.isSignedIn()) {
            throw Problem.forbidden("sign-in-to-comment");
        }
        Proposal p = proposals.get(proposalId, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.COMMENTING));
        if (c.type() == null || !TYPES.contains(c.type())) {
            throw Problem.unprocessable("bad-comment-type", String.valueOf(c.type()));
        }
        if (blank(c.body()) || blank(c.clauseId()) || blank(c.clauseLabel())) {
            throw Problem.unprocessable("comment-incomplete");
        }
        String revision = blank(c.revision()) ? drafts.head(p) : c.revision();
        Comment saved = new Comment(0, proposalId, revision, c.clauseId().strip(), c.clauseLabel().strip(), c.type(),
                c.body().strip(), blank(c.proposedChange()) ? null : c.proposedChange().strip(), actor.username(),
                clock.instant(), null, null, null, null);
        long id = repository.insert(saved);
        history.record(proposalId, actor.username(), "COMMENTED", "意见 #" + id + "，" + c.clauseLabel() + "（"
                + Map.of("ge", "一般", "te", "技术", "ed", "编辑").get(c.type()) + "）");
        return repository.find(id).orElseThrow();
    }

    public List<Comment> of(String proposalId, Actor actor) {
        proposals.get(proposalId, actor);
        return repository.of(proposalId);
    }

    public Comment dispose(String proposalId, long commentId, Comment.Disposition disposition, String note, Actor actor) {
        Proposal p = proposals.find(proposalId);
        ProposalAccess.checkProposer(p, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.DISPOSITION));
        Comment c = repository.find(commentId).filter(x -> x.proposalId().equals(proposalId))
                .orElseThrow(() -> Problem.notFound("comment-not-found", commentId));
        if (disposition == null || (disposition != Comment.Disposition.ACCEPTED && blank(note))) {
            throw Problem.unprocessable("disposition-reason-required");
        }
        repository.dispose(commentId, disposition, blank(note) ? null : note.strip(), actor.username(), clock.instant());
        history.record(proposalId, actor.username(), "DISPOSED", "意见 #" + commentId + "："
                + Map.of(Comment.Disposition.ACCEPTED, "采纳", Comment.Disposition.PARTLY_ACCEPTED, "部分采纳",
                        Comment.Disposition.REJECTED, "不采纳").get(disposition));
        return repository.find(commentId).orElseThrow();
    }

    /** The secretariat ends the comment period before its deadline. */
    public Proposal closePeriod(String proposalId, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        ProposalAccess.checkStage(proposals.find(proposalId), Set.of(Stage.COMMENTING));
        workflow.complete(workflow.task(proposalId, "commentPeriod", null)
                        .orElseThrow(() -> Problem.conflict("no-such-task", proposalId, "commentPeriod")),
                actor.username(), Map.of());
        return proposals.find(proposalId);
    }

    /** The editor finishes 意见处理: refused while any comment lacks a disposition. */
    public Proposal finishDisposition(String proposalId, Actor actor) {
        Proposal p = proposals.find(proposalId);
        ProposalAccess.checkProposer(p, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.DISPOSITION));
        List<Comment> all = repository.of(proposalId);
        long open = all.stream().filter(c -> !c.isDisposed()).count();
        if (open > 0) {
            throw Problem.conflict("comments-undisposed", open);
        }
        // The resolution table joins the record: committed beside the draft, with the editor as author.
        String head = drafts.head(p);
        drafts.save(p, ResolutionDocument.FILE, ResolutionDocument.text(p, all), head, "征求意见汇总处理表",
                new cn.guifanku.content.Author(actor.username(), actor.username() + "@users.guifanku.invalid"));
        workflow.complete(workflow.task(proposalId, "disposition", actor.username())
                        .orElseThrow(() -> Problem.conflict("no-such-task", proposalId, "disposition")),
                actor.username(), Map.of());
        history.record(proposalId, actor.username(), "DISPOSITION_FINISHED", null);
        return proposals.find(proposalId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
