package cn.guifanku.review;

import cn.guifanku.security.Role;
import cn.guifanku.process.Workflow;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalAccess;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.process.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.guifanku.process.Task;
import java.util.UUID;

/**
 * Comments during 征求意见 and their disposition (意见处理). Any signed-in member or library reader may comment on a
 * draft in comment; only its editor disposes; the draft goes to ballot only when every comment has a disposition.
 */
@Service
public class Comments {

    private final CommentRepository repository;
    private final Proposals proposals;
    private final Drafts drafts;
    private final ProposalHistory history;
    private final Workflow workflow;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<cn.guifanku.people.People> people;
    private final DraftClauses clauses;

    Comments(CommentRepository repository, Proposals proposals, Drafts drafts, ProposalHistory history,
             Workflow workflow, Clock clock, DraftClauses clauses,
             org.springframework.beans.factory.ObjectProvider<cn.guifanku.people.People> people) {
        this.people = people;
        this.clauses = clauses;
        this.repository = repository;
        this.proposals = proposals;
        this.drafts = drafts;
        this.history = history;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** A commenter as the committee's documents name them: 姓名（单位）, never the user name. */
    String nameOf(String username) {
        cn.guifanku.people.People directory = people.getIfAvailable();
        return directory == null ? username : directory.nameOf(username);
    }

    public record NewComment(String clauseId, String clauseLabel, String type, String body, String proposedChange,
                             String revision) {
    }

    @Transactional
    public Comment add(String proposalId, NewComment c, Actor actor) {
        if (!actor.isSignedIn()) {
            throw Problem.forbidden("sign-in-to-comment");
        }
        Proposal p = proposals.get(proposalId, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.COMMENTING));
        CommentRules.checkComment(c);
        String revision = blank(c.revision()) ? drafts.head(p) : revisionOf(p, c.revision());
        // The clause must be one of the draft's at that revision; its label is the one readers saw there.
        String label = clauses.of(p, revision).get(c.clauseId().strip());
        if (label == null) {
            throw Problem.unprocessable("comment-clause-unknown", shorten(c.clauseId())).with("field", "clauseId");
        }
        if (label.length() > 200) {
            label = label.substring(0, 199) + "…";
        }
        Comment saved = new Comment(0, proposalId, revision, c.clauseId().strip(), label, c.type(),
                c.body().strip(), blank(c.proposedChange()) ? null : c.proposedChange().strip(), actor.username(),
                clock.instant(), null, null, null, null, null, null);
        long id = repository.insert(saved);
        history.record(new CommentAdded(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), id,
                label, c.type()));
        return repository.find(id).orElseThrow();
    }

    public List<Comment> of(String proposalId, Actor actor) {
        proposals.get(proposalId, actor);
        return repository.of(proposalId);
    }

    /** What a comment's author changes: its type, text and proposed change (the clause stays). */
    public record CommentChange(String type, String body, String proposedChange) {
    }

    /** Its author changes a comment while the period is open; the earlier wording is kept. */
    @Transactional
    public Comment edit(String proposalId, long commentId, CommentChange change, Actor actor) {
        Comment before = ownOpen(proposalId, commentId, actor);
        CommentRules.checkComment(new NewComment(before.clauseId(), before.clauseLabel(), change.type(), change.body(),
                change.proposedChange(), null));
        repository.change(before, change.type(), change.body().strip(),
                blank(change.proposedChange()) ? null : change.proposedChange().strip(), actor.username(), clock.instant());
        history.record(new CommentEdited(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), commentId,
                before.clauseLabel()));
        return repository.find(commentId).orElseThrow();
    }

    /** Its author withdraws a comment while the period is open: it leaves the list and the 汇总处理表, not the record. */
    @Transactional
    public void withdraw(String proposalId, long commentId, Actor actor) {
        Comment before = ownOpen(proposalId, commentId, actor);
        repository.withdraw(before, actor.username(), clock.instant());
        history.record(new CommentWithdrawn(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), commentId,
                before.clauseLabel()));
    }

    /** Whether the actor may change or withdraw the comment now (its author, the period open); refused if not. */
    public Comment mayChange(String proposalId, long commentId, Actor actor) {
        return own(proposalId, commentId, actor, proposals.get(proposalId, actor));
    }

    /** A comment of the actor's own, on a draft still in 征求意见, not withdrawn; the proposal's row locked. */
    private Comment ownOpen(String proposalId, long commentId, Actor actor) {
        if (!actor.isSignedIn()) {
            throw Problem.forbidden("sign-in-to-comment");
        }
        return own(proposalId, commentId, actor, proposals.lock(proposalId));
    }

    private Comment own(String proposalId, long commentId, Actor actor, Proposal p) {
        if (!actor.isSignedIn()) {
            throw Problem.forbidden("sign-in-to-comment");
        }
        Comment c = repository.find(commentId).filter(x -> x.proposalId().equals(proposalId) && !x.isWithdrawn())
                .orElseThrow(() -> Problem.notFound("comment-not-found", commentId));
        if (!c.author().equals(actor.username())) {
            throw Problem.forbidden("comment-not-yours", commentId);
        }
        if (p.stage() != Stage.COMMENTING) {
            throw Problem.conflict("comment-period-over", proposalId);
        }
        return c;
    }

    /** A comment's earlier wordings, for the record. */
    public List<Comment.Change> changes(String proposalId, long commentId, Actor actor) {
        proposals.get(proposalId, actor);
        repository.find(commentId).filter(c -> c.proposalId().equals(proposalId))
                .orElseThrow(() -> Problem.notFound("comment-not-found", commentId));
        return repository.changes(commentId);
    }

    /** Who has a comment on the proposal (for reminders: only those who have not commented are reminded). */
    public java.util.Set<String> commenters(String proposalId) {
        return repository.of(proposalId).stream().map(Comment::author)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Transactional
    public Comment dispose(String proposalId, long commentId, Comment.Disposition disposition, String note, Actor actor) {
        Problem.bounded("note", note, 4000);
        Proposal p = proposals.lock(proposalId);
        ProposalAccess.checkProposer(p, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.DISPOSITION));
        Comment c = repository.find(commentId).filter(x -> x.proposalId().equals(proposalId))
                .orElseThrow(() -> Problem.notFound("comment-not-found", commentId));
        CommentRules.checkDisposition(disposition, note);
        repository.dispose(commentId, disposition, blank(note) ? null : note.strip(), actor.username(), clock.instant());
        history.record(new CommentDisposed(UUID.randomUUID(), proposalId, actor.username(), clock.instant(), commentId,
                disposition));
        return repository.find(commentId).orElseThrow();
    }

    /** The secretariat ends the comment period before its deadline (the process's step records it). */
    @Transactional
    public Proposal closePeriod(String proposalId, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        ProposalAccess.checkStage(proposals.lock(proposalId), Set.of(Stage.COMMENTING));
        workflow.complete(proposalId, Task.COMMENT_PERIOD, actor.username());
        return proposals.find(proposalId);
    }

    /**
     * The editor finishes 意见处理: refused while any comment lacks a disposition. The resolution table is committed
     * to the draft branch first (the ballot votes on the draft with it); if the rest fails, the branch is set back
     * ({@link Drafts#save}); with a Git server, which takes no forced update, the commit stays, harmless: the
     * standard's text is unchanged, and the next try commits the table again on top.
     */
    @Transactional
    public Proposal finishDisposition(String proposalId, Actor actor) {
        Proposal p = proposals.lock(proposalId);
        ProposalAccess.checkProposer(p, actor);
        ProposalAccess.checkStage(p, Set.of(Stage.DISPOSITION));
        List<Comment> all = repository.of(proposalId);
        CommentRules.checkAllDisposed(all);
        // The resolution table joins the record: committed beside the draft, with the editor as author.
        String head = drafts.head(p);
        drafts.save(p, ResolutionDocument.FILE, ResolutionDocument.text(p, all, this::nameOf), head, "征求意见汇总处理表",
                new cn.guifanku.content.Author(actor.username(), actor.username() + "@users.guifanku.invalid"));
        history.record(new DispositionFinished(UUID.randomUUID(), proposalId, actor.username(), clock.instant()));
        workflow.complete(proposalId, Task.DISPOSITION, actor.username());
        return proposals.find(proposalId);
    }

    /** A revision of this draft, by its commit id; anything else is the comment's fault (422), not a missing page. */
    private String revisionOf(Proposal p, String revision) {
        if (revision.length() > 64) {
            throw Problem.unprocessable("comment-revision-unknown", shorten(revision)).with("field", "revision");
        }
        try {
            return drafts.revisionOf(p, revision.strip());
        } catch (org.springframework.web.ErrorResponseException e) {
            throw Problem.unprocessable("comment-revision-unknown", revision).with("field", "revision");
        }
    }

    /** Values echoed in a refusal are cut short. */
    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static boolean blank(String s) {
        return CommentRules.blank(s);
    }
}
