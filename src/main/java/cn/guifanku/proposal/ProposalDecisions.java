package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.security.Role;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.process.Task;
import cn.guifanku.process.Workflow;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The people's decisions in the review: the secretariat's formal check, the editor sending the draft out, the
 * chair's approval, withdrawal, and retrying a failed publication. Each checks who may decide, completes the process
 * task as that person and records the decision in the proposal's history, in one transaction over our tables and the
 * engine's; the proposal's row is locked first, so a concurrent second decision finds it decided (409). The stage
 * moves with the process ({@link cn.guifanku.process.ProposalLifecycle}), never here.
 */
@Service
public class ProposalDecisions {

    private final Proposals proposals;
    private final Drafts drafts;
    private final DraftCheck check;
    private final Workflow workflow;
    private final ProposalHistory history;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final cn.guifanku.catalog.Catalog catalog;
    private final CommentDrafts commentDrafts;
    private final DraftRendering rendering;
    private final cn.guifanku.render.StandardRenderer renderer;
    private final cn.guifanku.content.ContentRepository content;

    ProposalDecisions(Proposals proposals, Drafts drafts, DraftCheck check, Workflow workflow, ProposalHistory history,
                      Clock clock, TransactionTemplate transactions, cn.guifanku.catalog.Catalog catalog,
                      CommentDrafts commentDrafts, DraftRendering rendering, cn.guifanku.render.StandardRenderer renderer,
                      cn.guifanku.content.ContentRepository content) {
        this.transactions = transactions;
        this.catalog = catalog;
        this.commentDrafts = commentDrafts;
        this.rendering = rendering;
        this.renderer = renderer;
        this.content = content;
        this.proposals = proposals;
        this.drafts = drafts;
        this.check = check;
        this.workflow = workflow;
        this.history = history;
        this.clock = clock;
    }

    public enum FormalCheck { ACCEPT, RETURN, REJECT }

    @Transactional
    public Proposal formalCheck(String id, FormalCheck decision, String planNumber, String reason, Actor actor) {
        Problem.bounded("planNumber", planNumber, 64);
        Problem.bounded("reason", reason, 4000);
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.lock(id);
        Proposals.checkStage(p, Stage.PROPOSED);
        if (decision == FormalCheck.ACCEPT && (planNumber == null || planNumber.isBlank())) {
            throw Problem.unprocessable("plan-number-required").with("field", "planNumber");
        }
        if (decision != FormalCheck.ACCEPT && (reason == null || reason.isBlank())) {
            throw Problem.unprocessable("reason-required").with("field", "reason");
        }
        if (decision == FormalCheck.ACCEPT) {
            proposals.change(id, q -> q.withPlan(planNumber.strip()));
        }
        workflow.decide(id, Task.FORMAL_CHECK, actor.username(), decision);
        history.record(new FormalCheckDecided(UUID.randomUUID(), id, actor.username(), clock.instant(), decision,
                planNumber == null ? null : planNumber.strip(), reason == null ? null : reason.strip()));
        return proposals.find(id);
    }

    /** The proposer resubmits a returned proposal. */
    @Transactional
    public Proposal resubmit(String id, Actor actor) {
        Proposal p = proposals.lock(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.RETURNED);
        workflow.complete(id, Task.REVISE_PROPOSAL, actor.username());
        history.record(new ProposalResubmitted(UUID.randomUUID(), id, actor.username(), clock.instant()));
        return proposals.find(id);
    }

    /**
     * The editor sends the draft out for comments; refused with the problems (lines, and the wording the catalog
     * asks for) unless it passes. The check renders the draft (seconds) before the transaction starts; the decision
     * then goes out only if nobody saved in between. The 征求意见稿 sent out is kept as PDF, with its 编制说明, for
     * everyone to download, in the same transaction.
     */
    public Proposal sendForComments(String id, Actor actor) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.DRAFTING);
        String revision = drafts.head(p);
        DraftCheck.Report report = check.run(p, revision, cn.guifanku.render.DraftStage.COMMENT_DRAFT);
        List<DraftFacts.Finding> errors = report.findings().stream()
                .filter(f -> f.problem().severity() == RenderProblem.Severity.ERROR).toList();
        byte[] note = null;
        if (errors.isEmpty()) {
            try {
                note = renderer.renderDocument(new cn.guifanku.render.FolderAtRevision(content, revision, p.folder()),
                        Drafts.NOTE).pdf();
            } catch (cn.guifanku.render.RenderFailedException e) {
                errors = e.problems().stream().map(DraftFacts.Finding::of).toList();
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("draft-invalid", errors.size())
                    .with("problems", errors.stream().map(ProblemLine::of).toList());
        }
        byte[] explanatoryNote = note;
        return transactions.execute(tx -> {
            Proposal locked = proposals.lock(id);
            Proposals.checkStage(locked, Stage.DRAFTING);
            if (!drafts.head(locked).equals(revision)) {
                throw Problem.conflict("draft-conflict", revision.substring(0, 7), drafts.head(locked).substring(0, 7));
            }
            commentDrafts.keep(id, revision, rendering.dateOf(p, revision), report.rendered().pdf(), explanatoryNote);
            // The process opens the comment period (review's step), which records it.
            workflow.sendForComments(id, actor.username(), revision);
            return proposals.find(id);
        });
    }

    public enum Approval { APPROVE, RETURN }

    /** The chair approves (fixing number and dates) or returns the draft; nobody approves their own proposal. */
    @Transactional
    public Proposal approve(String id, Approval decision, String number, LocalDate issued, LocalDate effective,
                            String reason, Actor actor) {
        Problem.bounded("number", number, 64);
        Problem.bounded("reason", reason, 4000);
        ProposalAccess.checkRole(actor, Role.CHAIR);
        Proposal p = proposals.lock(id);
        if (p.isProposer(actor.username())) {
            throw Problem.forbidden("own-proposal", id);
        }
        Proposals.checkStage(p, Stage.APPROVAL);
        if (decision == Approval.APPROVE) {
            Edition edition = Edition.check(p, number, issued, effective, p.targetSlug() == null ? null
                    : catalog.find(p.targetSlug()).map(cn.guifanku.catalog.StandardEntry::designation).orElse(p.targetSlug()));
            // What it replaces comes from the record as it stands now, never from the draft's header; the draft's
            // 前言 must say the same, or the chair is told to return it.
            String replaces = replacedAtApproval(edition.slug());
            List<RenderProblem> disagreeing = check.facts(p.withApproval(edition.slug(), edition.number(),
                    edition.issued(), edition.effective(), replaces), drafts.head(p)).stream()
                    .map(DraftFacts.Finding::problem).filter(x -> x.severity() == RenderProblem.Severity.ERROR).toList();
            if (!disagreeing.isEmpty()) {
                throw Problem.unprocessable("draft-disagrees-with-record", disagreeing.size())
                        .with("problems", disagreeing.stream().map(ProblemLine::of).toList());
            }
            proposals.change(id, q -> q.withApproval(edition.slug(), edition.number(), edition.issued(),
                    edition.effective(), replaces));
            workflow.decide(id, Task.APPROVAL, actor.username(), decision);
            history.record(new ProposalApproved(UUID.randomUUID(), id, actor.username(), clock.instant(),
                    edition.number(), edition.issued(), edition.effective(), replaces.isEmpty() ? null : replaces));
            return proposals.find(id);
        }
        if (reason == null || reason.isBlank()) {
            throw Problem.unprocessable("reason-required").with("field", "reason");
        }
        workflow.decide(id, Task.APPROVAL, actor.username(), decision);
        history.record(new ApprovalReturned(UUID.randomUUID(), id, actor.username(), clock.instant(), reason.strip()));
        return proposals.find(id);
    }

    /**
     * The edition a new edition of the standard replaces if approved now (the record's rule, {@code Succession}), or ""
     * when it replaces none.
     */
    private String replacedAtApproval(String slug) {
        return catalog.find(slug).flatMap(cn.guifanku.catalog.Succession::predecessorOfNext)
                .map(cn.guifanku.catalog.Edition::number).orElse("");
    }

    /** The proposer withdraws the proposal, at any time before approval. */
    @Transactional
    public Proposal withdraw(String id, String reason, Actor actor) {
        Problem.bounded("reason", reason, 4000);
        Proposal p = proposals.lock(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.PROPOSED, Stage.RETURNED, Stage.DRAFTING, Stage.COMMENTING, Stage.DISPOSITION,
                Stage.BALLOT, Stage.APPROVAL);
        // The process's withdrawal step tags the draft and records it (ReviewOutcomes).
        workflow.withdraw(id, actor.username(), reason);
        return proposals.find(id);
    }

    /** The secretariat gives a failed publication another try. */
    @Transactional
    public Proposal retryPublication(String id, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.lock(id);
        Proposals.checkStage(p, Stage.PUBLICATION_FAILED, Stage.PUBLISHING);
        if (workflow.retryFailedPublication(id, actor.username()) == 0) {
            throw Problem.conflict("nothing-to-retry", id);
        }
        history.record(new PublicationRetried(UUID.randomUUID(), id, actor.username(), clock.instant()));
        return proposals.find(id);
    }

    public enum ReviewDecision { CONFIRM, REVISE, WITHDRAW }

    /** 复审: the secretariat confirms the standard, starts its revision, or withdraws it. */
    @Transactional
    public Proposal periodicReview(String id, ReviewDecision decision, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.lock(id);
        Proposals.checkStage(p, Stage.PUBLISHED);
        // The process's 复审 steps record the outcome (ReviewOutcomes).
        workflow.decide(id, Task.PERIODIC_REVIEW, actor.username(), decision);
        return proposals.find(id);
    }

    /** What the chair fixes: the number with its year and the two dates. */
    record Edition(String number, String slug, LocalDate issued, LocalDate effective) {

        static Edition check(Proposal p, String number, LocalDate issued, LocalDate effective, String revised) {
            StandardNumber parsed;
            try {
                parsed = StandardNumber.parse(StandardNumber.normalise(number));
            } catch (IllegalArgumentException e) {
                throw Problem.unprocessable("bad-number", String.valueOf(number)).with("field", "number");
            }
            if (issued == null) {
                throw Problem.unprocessable("bad-dates").with("field", "issued");
            }
            if (effective == null || effective.isBefore(issued)) {
                throw Problem.unprocessable("bad-dates").with("field", "effective");
            }
            if (p.targetSlug() != null && !parsed.slug().equals(p.targetSlug())) {
                throw Problem.unprocessable("number-not-of-standard", parsed.toString(), revised).with("field", "number");
            }
            return new Edition(parsed.toString(), parsed.slug(), issued, effective);
        }
    }

    /**
     * A problem as the API and the pages show it: {@code level} ERROR or WARNING ({@code severity} says it in Chinese),
     * and, where the catalog knows the right wording, the change to accept ({@code suggestion}).
     */
    public record ProblemLine(String file, Integer line, String severity, String message, String level,
                              SuggestionLine suggestion) {

        static ProblemLine of(RenderProblem p) {
            return new ProblemLine(p.file(), p.line(), p.severity() == RenderProblem.Severity.ERROR ? "错误" : "提示",
                    p.message(), p.severity().name(), null);
        }

        static ProblemLine of(DraftFacts.Finding f) {
            ProblemLine plain = of(f.problem());
            DraftFacts.Suggestion s = f.suggestion();
            return s == null ? plain : new ProblemLine(plain.file(), plain.line(), plain.severity(), plain.message(),
                    plain.level(), new SuggestionLine(s.id(), s.fromLine(), s.toLine(), s.replacement()));
        }
    }

    /**
     * A suggested change: lines {@code fromLine}..{@code toLine} become {@code replacement} (null: deleted; toLine
     * before fromLine: inserted there). Accept it by its id.
     */
    public record SuggestionLine(String id, int fromLine, int toLine, String replacement) {
    }
}
