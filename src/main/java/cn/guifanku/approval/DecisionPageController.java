package cn.guifanku.approval;

import cn.guifanku.ballot.BallotRound;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.ballot.Vote;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.catalog.Succession;
import cn.guifanku.process.Stage;
import cn.guifanku.proposal.DraftCheck;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalAccess;
import cn.guifanku.proposal.ProposalDecisions;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.proposal.Redline;
import cn.guifanku.render.RenderWork;
import cn.guifanku.review.Comments;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import cn.guifanku.web.Confirmations;
import cn.guifanku.web.Problem;
import cn.guifanku.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair's decision page, {@code /proposals/{id}/approval}: the ballot (each member's vote and reason, by name, as
 * the committee's rules let the chair and the secretariat see them), the rule in words, the comments and their
 * disposition, the redline against the edition the draft revises, the draft's check; and the form that approves with
 * number and dates or returns the draft. A refused form comes back with every value and the problem at its field.
 */
@Controller
class DecisionPageController {

    private final Proposals proposals;
    private final ProposalDecisions decisions;
    private final Ballots ballots;
    private final Comments comments;
    private final Drafts drafts;
    private final Redline redline;
    private final DraftCheck check;
    private final Catalog catalog;
    private final RenderWork work;
    private final ProblemMessages problems;
    private final Confirmations confirmations;
    private final Clock clock;

    DecisionPageController(Proposals proposals, ProposalDecisions decisions, Ballots ballots, Comments comments,
                           Drafts drafts, Redline redline, DraftCheck check, Catalog catalog, RenderWork work,
                           ProblemMessages problems, Confirmations confirmations, Clock clock) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.ballots = ballots;
        this.comments = comments;
        this.drafts = drafts;
        this.redline = redline;
        this.check = check;
        this.catalog = catalog;
        this.work = work;
        this.problems = problems;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    /** The form as typed: kept when refused. */
    record ApprovalForm(String decision, String number, String issued, String effective, String reason) {
    }

    /** One voter of a round: their vote (null: did not vote). */
    record VoterRow(String voter, Vote vote) {
    }

    /** A round with its tally in words and every voter, voted or not. */
    record RoundFacts(BallotRound round, cn.guifanku.ballot.Tally tally, List<VoterRow> voters) {
    }

    @GetMapping("/proposals/{id}/approval")
    CompletableFuture<ModelAndView> page(@PathVariable String id, Actor actor, Model model) {
        Proposal p = mayRead(id, actor);
        ApprovalForm form = model.containsAttribute("form") ? (ApprovalForm) model.getAttribute("form")
                : new ApprovalForm("", suggestedNumber(p), "", "", "");
        ModelAndView mav = new ModelAndView("approval/decision");
        mav.addAllObjects(model.asMap());
        mav.addObject("p", p);
        mav.addObject("form", form);
        mav.addObject("rounds", rounds(id));
        mav.addObject("comments", comments.of(id, actor));
        mav.addObject("replaces", replaces(p));
        mav.addObject("revised", p.targetSlug() == null ? null : catalog.find(p.targetSlug()).orElse(null));
        mav.addObject("deciding", p.stage() == Stage.APPROVAL && actor.has(Role.CHAIR) && !p.isProposer(actor.username()));
        String revision = drafts.head(p);
        // The redline and the check render the draft (seconds): off the request thread.
        return work.submit(() -> {
            mav.addObject("changes", redline.compare(p, revision).stream().filter(c -> !c.change().equals("same")).toList());
            mav.addObject("findings", check.findings(p, revision));
            return mav;
        });
    }

    @PostMapping("/proposals/{id}/approval")
    String decide(@PathVariable String id, @RequestParam(required = false) ProposalDecisions.Approval decision,
                  @RequestParam(required = false) String number, @RequestParam(required = false) String issued,
                  @RequestParam(required = false) String effective, @RequestParam(required = false) String reason,
                  @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, RedirectAttributes redirect,
                  Locale locale, Model model, HttpServletRequest request) {
        ApprovalForm form = new ApprovalForm(decision == null ? "" : decision.name(), number, issued, effective, reason);
        Proposal p = mayDecide(id, actor);
        try {
            LocalDate from = date(issued, "issued");
            LocalDate until = date(effective, "effective");
            if (decision == null) {
                throw Problem.unprocessable("decision-required").with("field", "decision");
            }
            if (!confirmed) {
                if (decision == ProposalDecisions.Approval.APPROVE) {
                    String normalised = StandardNumber.normalise(number);
                    return confirmations.ask(model, request, locale, "approve", "/proposals/" + id + "/approval",
                            normalised == null || normalised.isBlank() ? "—" : normalised, issued, effective,
                            replaces(p).map(r -> "，代替 " + r).orElse(""));
                }
                return confirmations.ask(model, request, locale, "return-approval", "/proposals/" + id + "/approval");
            }
            decisions.approve(id, decision, number, from, until, reason, actor);
            redirect.addFlashAttribute("done", "flash.done");
            return "redirect:/proposals/" + id;
        } catch (ErrorResponseException e) {
            problems.keep(redirect, e, locale, Map.of());
            redirect.addFlashAttribute("form", form);
            return "redirect:/proposals/" + id + "/approval#decision";
        }
    }

    /** The chair, the secretariat and administrators see named votes; others are refused. */
    private Proposal mayRead(String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        if (!actor.hasAny(Role.CHAIR, Role.SECRETARIAT, Role.ADMIN)) {
            throw Problem.forbidden("role-required", Role.CHAIR.named());
        }
        return p;
    }

    /** The chair, never on their own proposal. */
    private Proposal mayDecide(String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        ProposalAccess.checkRole(actor, Role.CHAIR);
        if (p.isProposer(actor.username())) {
            throw Problem.forbidden("own-proposal", id);
        }
        return p;
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Problem.unprocessable("bad-date", value).with("field", field);
        }
    }

    private List<RoundFacts> rounds(String id) {
        List<RoundFacts> rounds = new ArrayList<>();
        for (Map.Entry<BallotRound, Collection<Vote>> r : ballots.record(id).entrySet()) {
            Map<String, Vote> byVoter = new LinkedHashMap<>();
            r.getValue().forEach(v -> byVoter.put(v.voter(), v));
            List<VoterRow> voters = r.getKey().voters().stream().map(v -> new VoterRow(v, byVoter.get(v))).toList();
            rounds.add(0, new RoundFacts(r.getKey(), ballots.tally(r.getKey()), voters));
        }
        return rounds;
    }

    /** What the new edition would replace if approved today, by the catalog's rule. */
    private java.util.Optional<String> replaces(Proposal p) {
        return p.targetSlug() == null ? java.util.Optional.empty()
                : catalog.find(p.targetSlug()).flatMap(Succession::predecessorOfNext).map(cn.guifanku.catalog.Edition::number);
    }

    /** For a revision, the standard's designation with this year: the chair corrects it if need be. */
    private String suggestedNumber(Proposal p) {
        return p.targetSlug() == null ? "" : catalog.find(p.targetSlug())
                .map(s -> s.designation() + "—" + LocalDate.now(clock).getYear()).orElse("");
    }
}
