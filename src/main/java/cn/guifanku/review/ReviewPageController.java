package cn.guifanku.review;

import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.render.RenderWork;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import cn.guifanku.render.Clause;
import cn.guifanku.render.Clauses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 征求意见稿 for people: the rendered draft with a "提意见" link on every clause, the comments by clause, the
 * comment form, and for the editor the disposition of each comment and the 征求意见汇总处理表.
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

    ReviewPageController(Proposals proposals, Drafts drafts, Comments comments, ProblemMessages problems,
                         cn.guifanku.proposal.DraftRendering drafting, cn.guifanku.proposal.CommentDrafts commentDrafts,
                         RenderWork work) {
        this.drafting = drafting;
        this.commentDrafts = commentDrafts;
        this.work = work;
        this.proposals = proposals;
        this.drafts = drafts;
        this.comments = comments;
        this.problems = problems;
    }

    @GetMapping("/proposals/{id}/review")
    CompletableFuture<ModelAndView> review(@PathVariable String id, @RequestParam(required = false) String clause,
                                           Actor actor) {
        Proposal p = proposals.get(id, actor);
        String revision = drafts.head(p);
        List<Comment> all = comments.of(id, actor);
        // The draft as the draft it is: its stage and date, the patent request, no published number or dates.
        return work.submit(() -> drafting.html(p, revision)).thenApply(html -> {
            Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
            Map<String, String> clauses = new LinkedHashMap<>();
            for (Clause c : Clauses.of(page)) {
                clauses.put(c.anchor(), c.heading());
                page.getElementById(c.anchor()).appendElement("a").addClass("comment-on")
                        .attr("href", "?clause=" + c.anchor() + "#comment-form").text("提意见");
            }
            ModelAndView mav = new ModelAndView("review/review");
            mav.addObject("p", p);
            mav.addObject("revision", revision);
            // The draft sits in this page's <main>: its own <main> (a whole page's) becomes a <div> here.
            page.select("main.gbt-body").tagName("div");
            // Asciidoctor's section anchors are empty links (nothing to read, nothing to see here): the clause's own
            // 提意见 link and its id serve instead.
            page.select("a.anchor:empty").remove();
            mav.addObject("draftHtml", page.body().html());
            mav.addObject("clauses", clauses);
            mav.addObject("selected", clause);
            mav.addObject("byClause", all.stream().collect(Collectors.groupingBy(Comment::clauseLabel, LinkedHashMap::new,
                    Collectors.toList())));
            mav.addObject("comments", all);
            mav.addObject("commentDrafts", commentDrafts.of(id));
            mav.addObject("isEditor", actor.isSignedIn() && p.isProposer(actor.username()));
            mav.addObject("actor", actor);
            return mav;
        });
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(@PathVariable String id, @RequestParam String clause, @RequestParam String type,
                   @RequestParam String body, @RequestParam(required = false) String proposedChange,
                   @RequestParam(required = false) String revision, Actor actor, RedirectAttributes redirect,
                   Locale locale) {
        // The form sends "id::label" so the comment keeps the clause as the reader saw it (5.2 开放时间).
        String clauseId = clause.contains("::") ? clause.substring(0, clause.indexOf("::")) : clause;
        String label = clause.contains("::") ? clause.substring(clause.indexOf("::") + 2) : clause;
        try {
            comments.add(id, new Comments.NewComment(clauseId, label, type, body, proposedChange, revision), actor);
            redirect.addFlashAttribute("done", "flash.commented");
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            redirect.addFlashAttribute("problem", problems.text(e, locale));
            Object field = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("field");
            redirect.addFlashAttribute("problemField", field == null ? "body" : field.toString());
            redirect.addFlashAttribute("typed", Map.of("body", body, "proposedChange", proposedChange == null ? "" : proposedChange,
                    "type", type));
            return "redirect:/proposals/" + id + "/review?clause=" + clauseId + "#comment-form";
        }
        return "redirect:/proposals/" + id + "/review#comments";
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/disposition")
    String dispose(@PathVariable String id, @PathVariable long commentId, @RequestParam Comment.Disposition disposition,
                   @RequestParam(required = false) String note, Actor actor, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> comments.dispose(id, commentId, disposition, note, actor), "#comment-" + commentId);
    }

    @PostMapping("/proposals/{id}/disposition/completion")
    String finish(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        try {
            comments.finishDisposition(id, actor);
            redirect.addFlashAttribute("done", "flash.done");
            return "redirect:/proposals/" + id;
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            redirect.addFlashAttribute("problem", problems.text(e, locale));
            return "redirect:/proposals/" + id + "/review";
        }
    }

    @PostMapping("/proposals/{id}/comment-period/closing")
    String closePeriod(@PathVariable String id, Actor actor, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, () -> comments.closePeriod(id, actor), "");
    }

    private String act(String id, RedirectAttributes redirect, Locale locale, Runnable action, String anchor) {
        problems.attempt(redirect, locale, "flash.done", action);
        return "redirect:/proposals/" + id + "/review" + anchor;
    }
}
