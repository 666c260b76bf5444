package cn.guifanku.proposal;

import cn.guifanku.security.Role;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.process.WorkItem;
import cn.guifanku.process.Workflow;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The people's decisions in the review: the secretariat's formal check, the editor sending the draft out, the
 * chair's approval, withdrawal, and retrying a failed publication. Each checks who may decide, completes the
 * process task as that person, and records the decision in the proposal's history.
 */
@Service
public class ProposalDecisions {

    private final Proposals proposals;
    private final Drafts drafts;
    private final DraftCheck check;
    private final Workflow workflow;

    ProposalDecisions(Proposals proposals, Drafts drafts, DraftCheck check, Workflow workflow) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.check = check;
        this.workflow = workflow;
    }

    public enum FormalCheck { ACCEPT, RETURN, REJECT }

    public Proposal formalCheck(String id, FormalCheck decision, String planNumber, String reason, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.find(id);
        Proposals.checkStage(p, Stage.PROPOSED);
        if (decision == FormalCheck.ACCEPT && (planNumber == null || planNumber.isBlank())) {
            throw Problem.unprocessable("plan-number-required");
        }
        if (decision != FormalCheck.ACCEPT && (reason == null || reason.isBlank())) {
            throw Problem.unprocessable("reason-required");
        }
        WorkItem task = task(id, "formalCheck", null);
        if (decision == FormalCheck.ACCEPT) {
            proposals.change(id, q -> q.withPlan(planNumber.strip()));
        }
        workflow.complete(task, actor.username(), Map.of("formalCheckDecision", decision.name()));
        Stage next = switch (decision) {
            case ACCEPT -> Stage.DRAFTING;
            case RETURN -> Stage.RETURNED;
            case REJECT -> Stage.REJECTED;
        };
        return proposals.moveTo(id, next, actor.username(), "FORMAL_CHECK_" + decision,
                decision == FormalCheck.ACCEPT ? "计划号 " + planNumber.strip() : reason.strip());
    }

    /** The proposer resubmits a returned proposal. */
    public Proposal resubmit(String id, Actor actor) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.RETURNED);
        workflow.complete(task(id, "reviseProposal", actor.username()), actor.username(), Map.of());
        return proposals.moveTo(id, Stage.PROPOSED, actor.username(), "RESUBMITTED", null);
    }

    /** The editor sends the draft out for comments; refused with the problems (and lines) unless it passes. */
    public Proposal sendForComments(String id, Actor actor) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.DRAFTING);
        String revision = drafts.head(p);
        List<RenderProblem> problems = check.check(p, revision);
        if (!problems.isEmpty()) {
            throw Problem.unprocessable("draft-invalid", problems.size())
                    .with("problems", problems.stream().map(ProblemLine::of).toList());
        }
        workflow.complete(task(id, "drafting", actor.username()), actor.username(), Map.of("commentDraft", revision));
        return proposals.find(id);
    }

    public enum Approval { APPROVE, RETURN }

    /** The chair approves (fixing number and dates) or returns the draft; nobody approves their own proposal. */
    public Proposal approve(String id, Approval decision, String number, LocalDate issued, LocalDate effective,
                            String reason, Actor actor) {
        ProposalAccess.checkRole(actor, Role.CHAIR);
        Proposal p = proposals.find(id);
        if (p.isProposer(actor.username())) {
            throw Problem.forbidden("own-proposal", id);
        }
        Proposals.checkStage(p, Stage.APPROVAL);
        WorkItem task = task(id, "approval", null);
        if (decision == Approval.APPROVE) {
            Edition edition = Edition.check(p, number, issued, effective);
            proposals.change(id, q -> q.withApproval(edition.slug(), edition.number(), edition.issued(), edition.effective()));
            workflow.complete(task, actor.username(), Map.of("approvalDecision", decision.name()));
            return proposals.moveTo(id, Stage.PUBLISHING, actor.username(), "APPROVED",
                    edition.number() + "，" + issued + " 发布，" + effective + " 实施");
        }
        if (reason == null || reason.isBlank()) {
            throw Problem.unprocessable("reason-required");
        }
        workflow.complete(task, actor.username(), Map.of("approvalDecision", decision.name()));
        return proposals.moveTo(id, Stage.DRAFTING, actor.username(), "APPROVAL_RETURNED", reason.strip());
    }

    /** The proposer withdraws the proposal, at any time before approval. */
    public Proposal withdraw(String id, String reason, Actor actor) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkProposer(p, actor);
        Proposals.checkStage(p, Stage.PROPOSED, Stage.RETURNED, Stage.DRAFTING, Stage.COMMENTING, Stage.DISPOSITION,
                Stage.BALLOT, Stage.APPROVAL);
        workflow.correlate("withdrawProposal", id, actor.username(), Map.of("withdrawalReason", reason == null ? "" : reason));
        return proposals.find(id);
    }

    /** The secretariat gives a failed publication another try. */
    public Proposal retryPublication(String id, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.find(id);
        Proposals.checkStage(p, Stage.PUBLICATION_FAILED, Stage.PUBLISHING);
        if (workflow.retryFailedJobs(id, actor.username()) == 0) {
            throw Problem.conflict("nothing-to-retry", id);
        }
        return proposals.moveTo(id, Stage.PUBLISHING, actor.username(), "PUBLICATION_RETRIED", null);
    }

    public enum ReviewDecision { CONFIRM, REVISE, WITHDRAW }

    /** 复审: the secretariat confirms the standard, starts its revision, or withdraws it. */
    public Proposal periodicReview(String id, ReviewDecision decision, Actor actor) {
        ProposalAccess.checkRole(actor, Role.SECRETARIAT);
        Proposal p = proposals.find(id);
        Proposals.checkStage(p, Stage.PUBLISHED);
        workflow.complete(task(id, "periodicReview", null), actor.username(), Map.of("reviewDecision", decision.name()));
        return proposals.find(id);
    }

    private WorkItem task(String id, String key, String user) {
        return workflow.task(id, key, user).orElseThrow(() -> Problem.conflict("no-such-task", id, key));
    }

    /** What the chair fixes: the number with its year and the two dates. */
    record Edition(String number, String slug, LocalDate issued, LocalDate effective) {

        static Edition check(Proposal p, String number, LocalDate issued, LocalDate effective) {
            StandardNumber parsed;
            try {
                parsed = StandardNumber.parse(number);
            } catch (IllegalArgumentException e) {
                throw Problem.unprocessable("bad-number", String.valueOf(number));
            }
            if (issued == null || effective == null || effective.isBefore(issued)) {
                throw Problem.unprocessable("bad-dates");
            }
            if (p.targetSlug() != null && !parsed.slug().equals(p.targetSlug())) {
                throw Problem.unprocessable("number-not-of-standard", number, p.targetSlug());
            }
            return new Edition(parsed.toString(), parsed.slug(), issued, effective);
        }
    }

    /** A problem as the API shows it. */
    public record ProblemLine(String file, Integer line, String severity, String message) {
        static ProblemLine of(RenderProblem p) {
            return new ProblemLine(p.file(), p.line(), p.severity() == RenderProblem.Severity.ERROR ? "错误" : "提示",
                    p.message());
        }
    }
}
