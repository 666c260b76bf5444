package cn.guifanku.review;

import cn.guifanku.process.Stage;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalAccess;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.render.RenderWork;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import cn.guifanku.web.Confirmations;
import cn.guifanku.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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
 * The 征求意见稿 for people: the rendered draft with "提意见" under every clause while the period is open, the comments
 * by clause beside it (each author's own to change or withdraw until it closes), and for the editor the disposition
 * of each comment. Works without script (the form comes with the page, under the chosen clause); with script the form
 * opens in place and the list follows (static/js/review.js, through the JSON API and {@code /review/comments}).
 */
@Controller
class ReviewPageController {

    private final Proposals proposals;
    private final Drafts drafts;
    private final Comments comments;
    private final ProblemMessages problems;
    private final cn.guifanku.proposal.DraftRendering drafting;
    private final cn.guifanku.proposal.CommentDrafts commentDrafts;
    private final RenderWork work;
    private final Confirmations confirmations;
    private final MessageSource messages;
    private final DraftClauses clauses;

    ReviewPageController(Proposals proposals, Drafts drafts, Comments comments, ProblemMessages problems,
                         cn.guifanku.proposal.DraftRendering drafting, cn.guifanku.proposal.CommentDrafts commentDrafts,
                         RenderWork work, Confirmations confirmations, MessageSource messages, DraftClauses clauses) {
        this.clauses = clauses;
        this.drafting = drafting;
        this.commentDrafts = commentDrafts;
        this.work = work;
        this.proposals = proposals;
        this.drafts = drafts;
        this.comments = comments;
        this.problems = problems;
        this.confirmations = confirmations;
        this.messages = messages;
    }

    @GetMapping("/proposals/{id}/review")
    CompletableFuture<ModelAndView> review(@PathVariable String id, @RequestParam(required = false) String clause,
                                           @RequestParam(required = false) Long edit, Actor actor, Locale locale) {
        Proposal p = proposals.get(id, actor);
        String revision = drafts.head(p);
        ModelAndView mav = new ModelAndView("review/review");
        addComments(mav.getModelMap(), p, actor, edit);
        boolean controls = (Boolean) mav.getModel().get("mayComment");
        Map<String, Long> counts = comments.of(id, actor).stream()
                .collect(Collectors.groupingBy(Comment::clauseId, Collectors.counting()));
        ReviewDraft.Words words = new ReviewDraft.Words(text("review.commentOn", locale),
                text("review.commentOn.hidden", locale), text("review.count", locale));
        // The draft as the draft it is: its stage and date, the patent request, no published number or dates.
        return work.submit(() -> drafting.html(p, revision)).thenApply(html -> {
            clauses.seen(revision, html);
            ReviewDraft draft = ReviewDraft.of(html, "/proposals/" + id + "/review", controls, clause, counts, words);
            mav.addObject("revision", revision);
            mav.addObject("draft", draft);
            mav.addObject("formLabel", draft.formAt() == null ? null : draft.clauses().get(draft.formAt()));
            mav.addObject("commentDrafts", commentDrafts.of(id));
            return mav;
        });
    }

    /** The list of comments alone, for the page's script after a change. */
    @GetMapping("/proposals/{id}/review/comments")
    String commentList(@PathVariable String id, Actor actor, Model model) {
        addComments(model.asMap(), proposals.get(id, actor), actor, null);
        return "review/review :: comments";
    }

    private void addComments(Map<String, Object> model, Proposal p, Actor actor, Long edit) {
        boolean commenting = p.stage() == Stage.COMMENTING;
        model.put("p", p);
        model.put("actor", actor);
        java.util.List<Comment> all = comments.of(p.id(), actor);
        model.put("groups", CommentGroups.of(all));
        model.put("count", all.size());
        model.put("commenting", commenting);
        model.put("mayComment", commenting && actor.isSignedIn());
        model.put("isEditor", actor.isSignedIn() && p.isProposer(actor.username()));
        model.put("disposing", actor.isSignedIn() && p.isProposer(actor.username()) && p.stage() == Stage.DISPOSITION);
        model.put("mayClose", commenting && actor.has(Role.SECRETARIAT));
        model.put("editing", edit);
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(defaultValue = "") String clause,
                   @RequestParam(required = false) String type, @RequestParam(defaultValue = "") String body,
                   @RequestParam(required = false) String proposedChange, @RequestParam(required = false) String revision,
                   Actor actor, RedirectAttributes redirect, Locale locale) {
        // The form sends "id::label" so the comment keeps the clause as the reader saw it (3.6 馆藏资源).
        String clauseId = clause.contains("::") ? clause.substring(0, clause.indexOf("::")) : clause;
        String label = clause.contains("::") ? clause.substring(clause.indexOf("::") + 2) : clause;
        try {
            comments.add(id, new Comments.NewComment(clauseId, label, type, body, proposedChange, revision), actor);
            redirect.addFlashAttribute("done", "flash.commented");
            return "redirect:/proposals/" + id + "/review#" + clauseId;
        } catch (ErrorResponseException e) {
            keep(redirect, e, locale, Map.of("type", type == null ? "" : type, "body", body,
                    "proposedChange", proposedChange == null ? "" : proposedChange));
            return "redirect:/proposals/" + id + "/review?clause=" + clauseId + "#comment-form";
        }
    }

    @PostMapping("/proposals/{id}/comments/{commentId}")
    String change(@PathVariable String id, @PathVariable long commentId, @RequestParam(required = false) String type,
                  @RequestParam(defaultValue = "") String body, @RequestParam(required = false) String proposedChange,
                  Actor actor, RedirectAttributes redirect, Locale locale) {
        try {
            comments.edit(id, commentId, new Comments.CommentChange(type, body, proposedChange), actor);
            redirect.addFlashAttribute("done", "flash.commentChanged");
            return "redirect:/proposals/" + id + "/review#comment-" + commentId;
        } catch (ErrorResponseException e) {
            keep(redirect, e, locale, Map.of("type", type == null ? "" : type, "body", body,
                    "proposedChange", proposedChange == null ? "" : proposedChange));
            return "redirect:/proposals/" + id + "/review?edit=" + commentId + "#comment-" + commentId;
        }
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/withdrawal")
    String withdraw(@PathVariable String id, @PathVariable long commentId,
                    @RequestParam(defaultValue = "false") boolean confirmed, Actor actor, RedirectAttributes redirect,
                    Locale locale, Model model, HttpServletRequest request) {
        if (!confirmed) {
            comments.mayChange(id, commentId, actor);
            return confirmations.ask(model, request, locale, "withdraw-comment", "/proposals/" + id + "/review#comment-" + commentId);
        }
        problems.attempt(redirect, locale, "flash.commentWithdrawn", () -> comments.withdraw(id, commentId, actor));
        return "redirect:/proposals/" + id + "/review#comments";
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/disposition")
    String dispose(@PathVariable String id, @PathVariable long commentId,
                   @RequestParam(required = false) Comment.Disposition disposition,
                   @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect, Locale locale) {
        try {
            comments.dispose(id, commentId, disposition, note, actor);
            redirect.addFlashAttribute("done", "flash.disposed");
        } catch (ErrorResponseException e) {
            // The refusal beside the comment's own form, with what was chosen and typed.
            ProblemMessages.rethrowRefusal(e);
            redirect.addFlashAttribute("refusedComment", commentId);
            keep(redirect, e, locale, Map.of("disposition", disposition == null ? "" : disposition.name(),
                    "note", note == null ? "" : note));
        }
        return "redirect:/proposals/" + id + "/review#comment-" + commentId;
    }

    @PostMapping("/proposals/{id}/disposition/completion")
    String finish(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
                  RedirectAttributes redirect, Locale locale, Model model, HttpServletRequest request) {
        if (!confirmed) {
            ProposalAccess.checkProposer(proposals.get(id, actor), actor);
            return confirmations.ask(model, request, locale, "finish-disposition", "/proposals/" + id + "/review");
        }
        try {
            comments.finishDisposition(id, actor);
            redirect.addFlashAttribute("done", "flash.done");
            return "redirect:/proposals/" + id;
        } catch (ErrorResponseException e) {
            ProblemMessages.rethrowRefusal(e);
            redirect.addFlashAttribute("problem", problems.text(e, locale));
            return "redirect:/proposals/" + id + "/review";
        }
    }

    @PostMapping("/proposals/{id}/comment-period/closing")
    String closePeriod(@PathVariable String id, @RequestParam(defaultValue = "false") boolean confirmed, Actor actor,
                       RedirectAttributes redirect, Locale locale, Model model, HttpServletRequest request) {
        if (!confirmed) {
            ProposalAccess.checkRole(actor, Role.SECRETARIAT);
            return confirmations.ask(model, request, locale, "close-comments", "/proposals/" + id + "/review");
        }
        problems.attempt(redirect, locale, "flash.done", () -> comments.closePeriod(id, actor));
        return "redirect:/proposals/" + id + "/review";
    }

    /** A refusal to show beside its field ({@code errors}, by the field the problem names) with what was typed. */
    private void keep(RedirectAttributes redirect, ErrorResponseException e, Locale locale, Map<String, String> typed) {
        problems.keep(redirect, e, locale, typed);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
