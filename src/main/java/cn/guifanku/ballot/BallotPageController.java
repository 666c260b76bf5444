package cn.guifanku.ballot;

import cn.guifanku.process.Task;
import cn.guifanku.security.Role;
import cn.guifanku.process.Workflow;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ballot page: the live tally in words, the member's vote, and the secretariat's closing and quorum decisions. */
@Controller
class BallotPageController {

    private final Ballots ballots;
    private final Proposals proposals;
    private final Workflow workflow;
    private final ProblemMessages problems;
    private final cn.guifanku.web.Times times;
    private final cn.guifanku.web.Confirmations confirmations;

    BallotPageController(Ballots ballots, Proposals proposals, Workflow workflow, ProblemMessages problems,
                         cn.guifanku.web.Times times, cn.guifanku.web.Confirmations confirmations) {
        this.confirmations = confirmations;
        this.times = times;
        this.ballots = ballots;
        this.proposals = proposals;
        this.workflow = workflow;
        this.problems = problems;
    }

    @GetMapping("/proposals/{id}/ballot")
    String page(@PathVariable String id, Actor actor, Model model) {
        Proposal p = proposals.get(id, actor);
        BallotRound round = ballots.current(id);
        model.addAttribute("p", p);
        model.addAttribute("round", round);
        model.addAttribute("tally", ballots.tally(id, actor));
        model.addAttribute("closed", !round.isOpen());
        model.addAttribute("mine", actor.isSignedIn() ? ballots.latestVotes(round.id()).stream()
                .filter(v -> v.voter().equals(actor.username())).findFirst() : Optional.empty());
        model.addAttribute("mayVote", actor.isSignedIn() && round.voters().contains(actor.username()) && round.isOpen());
        model.addAttribute("canClose", actor.has(Role.SECRETARIAT) && workflow.isOpen(id, Task.CLOSE_BALLOT));
        model.addAttribute("quorumDecision", actor.has(Role.SECRETARIAT) && workflow.isOpen(id, Task.QUORUM_DECISION));
        return "ballot/ballot";
    }

    @PostMapping("/proposals/{id}/ballot/votes")
    String vote(@PathVariable String id, @RequestParam(required = false) Vote.Position position,
                @RequestParam(required = false) String reason, Actor actor, RedirectAttributes redirect, Locale locale) {
        try {
            ballots.vote(id, position, reason, actor);
            redirect.addFlashAttribute("done", "flash.voted");
        } catch (org.springframework.web.ErrorResponseException e) {
            // The refusal at its field, the choice and the reason as they were.
            problems.keep(redirect, e, locale, java.util.Map.of("position", position == null ? "" : position.name(),
                    "reason", reason == null ? "" : reason));
            return "redirect:/proposals/" + id + "/ballot#vote";
        }
        return "redirect:/proposals/" + id + "/ballot";
    }

    @PostMapping("/proposals/{id}/ballot/closing")
    String close(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
                 RedirectAttributes redirect, Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (!confirmed) {
            cn.guifanku.proposal.ProposalAccess.checkRole(actor, Role.SECRETARIAT);
            return confirmations.ask(model, request, locale, "close-ballot", "/proposals/" + id + "/ballot");
        }
        act(id, redirect, locale, () -> ballots.closeEarly(id, actor), "flash.done");
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/ballot/quorum-decision")
    String quorum(@PathVariable String id, @RequestParam Ballots.QuorumDecision decision,
                  @RequestParam(required = false) LocalDateTime deadline,
                  @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, RedirectAttributes redirect,
                  Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Instant until = deadline == null ? null : times.at(deadline);
        if (!confirmed && (decision == Ballots.QuorumDecision.FAIL || until != null)) {
            cn.guifanku.proposal.ProposalAccess.checkRole(actor, Role.SECRETARIAT);
            return decision == Ballots.QuorumDecision.FAIL
                    ? confirmations.ask(model, request, locale, "quorum-fail", "/proposals/" + id + "/ballot")
                    : confirmations.ask(model, request, locale, "quorum-extend", "/proposals/" + id + "/ballot",
                    times.minute(until));
        }
        try {
            ballots.decideOnQuorum(id, decision, until, actor);
            redirect.addFlashAttribute("done", "flash.done");
        } catch (org.springframework.web.ErrorResponseException e) {
            problems.keep(redirect, e, locale, java.util.Map.of("deadline", deadline == null ? "" : deadline.toString()));
            return "redirect:/proposals/" + id + "/ballot#quorum";
        }
        return "redirect:/proposals/" + id;
    }

    private String act(String id, RedirectAttributes redirect, Locale locale, Runnable action, String done) {
        problems.attempt(redirect, locale, done, action);
        return "redirect:/proposals/" + id + "/ballot";
    }
}
