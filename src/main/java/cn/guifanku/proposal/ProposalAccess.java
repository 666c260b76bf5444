package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.security.Role;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.util.Set;

/**
 * Who may do what with a proposal. A draft before the comment period is confidential: its editor, the secretariat,
 * the chair and administrators see it. From 征求意见 on, the draft is public to read.
 */
public final class ProposalAccess {

    private ProposalAccess() {
    }

    public static boolean maySee(Proposal p, Actor actor) {
        if (!p.stage().isConfidential()) {
            return true;
        }
        return actor.isSignedIn() && (p.isProposer(actor.username()) || actor.has(Role.SECRETARIAT)
                || actor.has(Role.CHAIR) || actor.has(Role.ADMIN));
    }

    public static void checkSee(Proposal p, Actor actor) {
        if (!maySee(p, actor)) {
            // Confidential drafts are not even confirmed to exist to outsiders.
            throw actor.isSignedIn() ? Problem.forbidden("draft-confidential", p.id()) : Problem.notFound("proposal-not-found", p.id());
        }
    }

    /** Only the proposer edits, while drafting or disposing of comments. */
    public static void checkEdit(Proposal p, Actor actor) {
        checkProposer(p, actor);
        checkStage(p, Set.of(Stage.DRAFTING, Stage.DISPOSITION));
    }

    public static void checkProposer(Proposal p, Actor actor) {
        if (!actor.isSignedIn() || !p.isProposer(actor.username())) {
            throw Problem.forbidden("not-proposer", p.id());
        }
    }

    public static void checkRole(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw Problem.forbidden("role-required", role.named());
        }
    }

    public static void checkStage(Proposal p, Set<Stage> allowed) {
        if (!allowed.contains(p.stage())) {
            throw Problem.conflict("wrong-stage", p.id(), p.stage().name());
        }
    }
}
