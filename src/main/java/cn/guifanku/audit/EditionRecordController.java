package cn.guifanku.audit;

import cn.guifanku.proposal.ProposalAction;
import cn.guifanku.security.Role;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.people.People;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.process.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A published edition's record, linked from its catalog page: the proposal, the ballot with every vote, the
 * approval, the commit and the tag. Counts, approval, commit and tag are public; who voted how is shown to signed-in
 * committee members, the secretariat and administrators.
 */
@Controller
class EditionRecordController {

    private final Catalog catalog;
    private final Proposals proposals;
    private final ProposalHistory history;
    private final Ballots ballots;
    private final People people;

    EditionRecordController(Catalog catalog, Proposals proposals, ProposalHistory history, Ballots ballots,
                            People people) {
        this.catalog = catalog;
        this.proposals = proposals;
        this.history = history;
        this.ballots = ballots;
        this.people = people;
    }

    @GetMapping("/standards/{slug}/{edition:\\d{4}[a-z]?}/record")
    String record(@PathVariable String slug, @PathVariable String edition, Actor actor, Model model) {
        Edition e = catalog.edition(slug, edition).orElseThrow(() -> Problem.notFound("edition-not-found", slug, edition));
        Proposal proposal = proposals.visibleTo(Actor.ANONYMOUS).stream()
                .filter(p -> p.stage() == Stage.PUBLISHED && slug.equals(p.targetSlug()))
                .filter(p -> Objects.equals(p.mergeCommit(), e.published().commitId())
                        || Objects.equals(p.approvedNumber(), e.number()))
                .findFirst().orElse(null);
        List<EditionRecord.Round> rounds = proposal == null ? List.of() : ballots.record(proposal.id()).entrySet()
                .stream().map(r -> new EditionRecord.Round(r.getKey(), r.getValue())).toList();
        List<ProposalHistory.Event> events = proposal == null ? List.of() : history.of(proposal.id());
        model.addAttribute("record", new EditionRecord(e, proposal, rounds, last(events, ProposalAction.APPROVED),
                last(events, ProposalAction.PUBLISHED), votesShown(actor, proposal)));
        return "audit/record";
    }

    private boolean votesShown(Actor actor, Proposal proposal) {
        if (!actor.isSignedIn()) {
            return false;
        }
        return actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN) || actor.has(Role.CHAIR)
                || (proposal != null && people.isMember(proposal.committeeId(), actor.username()));
    }

    private static ProposalHistory.Event last(List<ProposalHistory.Event> events, ProposalAction action) {
        return events.stream().filter(ev -> ev.is(action)).reduce((a, b) -> b).orElse(null);
    }
}
