package cn.guifanku.proposal;

import cn.guifanku.render.RenderWork;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The draft editor: source beside its preview, save with a message (a stale base is refused and the typed text
 * kept), revisions with authors, the validation report with line numbers, and the changes against the published
 * edition as a redline. Checks run off the request thread.
 */
@Controller
class DraftPageController {

    private final Proposals proposals;
    private final ProposalDecisions decisions;
    private final Drafts drafts;
    private final DraftCheck check;
    private final Redline redline;
    private final ProblemMessages problems;
    private final DraftPreview preview;
    private final RenderWork work;
    private final DraftSuggestions suggestions;
    private final DraftPageModel page;

    DraftPageController(Proposals proposals, ProposalDecisions decisions, Drafts drafts, DraftCheck check,
                        Redline redline, ProblemMessages problems, DraftPreview preview, RenderWork work,
                        DraftSuggestions suggestions, DraftPageModel page) {
        this.proposals = proposals;
        this.decisions = decisions;
        this.drafts = drafts;
        this.check = check;
        this.redline = redline;
        this.problems = problems;
        this.preview = preview;
        this.work = work;
        this.suggestions = suggestions;
        this.page = page;
    }

    @GetMapping("/proposals/{id}/draft")
    String editor(@PathVariable String id, @RequestParam(defaultValue = Drafts.STANDARD) String file,
                  @RequestParam(required = false) String revision, Actor actor, Model model) {
        Proposal p = proposals.get(id, actor);
        Drafts.DraftFile draft = drafts.read(p, file, revision);
        return view(model, p, actor, file, draft.text(), draft.revision());
    }

    @PostMapping("/proposals/{id}/draft")
    String save(@PathVariable String id, @RequestParam String file, @RequestParam String text,
                @RequestParam String baseRevision, @RequestParam(required = false) String message,
                @RequestParam(required = false) String rebase, Actor actor, Model model, Locale locale,
                jakarta.servlet.http.HttpServletResponse response) {
        Proposal p = proposals.find(id);
        // After a conflict the editor may choose to put their text on top of the latest revision, knowingly.
        String base = rebase == null || rebase.isBlank() ? baseRevision : rebase;
        try {
            String saved = drafts.edit(p, file, text, base, message, actor);
            model.addAttribute("done", "flash.saved");
            return view(model, p, actor, file, text, saved);
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            // The API's status (409, 413, 415, 422) with the page that keeps the text and says what to change.
            response.setStatus(e.getStatusCode().value());
            problems.show(model, e, locale);
            // Keep what the user typed (text and message); show what the other editor saved, so they can merge by
            // hand or knowingly save their text on top of it.
            Proposal seen = proposals.get(id, actor);
            if (e.getStatusCode().value() == 409) {
                model.addAttribute("conflict", drafts.read(seen, file, null));
                model.addAttribute("latestBy", drafts.history(seen).stream().findFirst().orElse(null));
            }
            model.addAttribute("message", message);
            return view(model, seen, actor, file, text, base);
        }
    }

    @PostMapping("/proposals/{id}/draft/check")
    CompletableFuture<ModelAndView> check(@PathVariable String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        String head = drafts.head(p);
        String root = DraftPageModel.root();
        return work.submit(() -> check.run(p, head, DraftRendering.stageOf(p)).findings()).thenApply(found -> {
            ModelAndView mav = page.page(p, actor, head, root);
            DraftPageModel.checked(mav, found);
            return mav;
        });
    }

    @PostMapping("/proposals/{id}/draft/sending")
    CompletableFuture<ModelAndView> send(@PathVariable String id, Actor actor, Locale locale) {
        Proposal p = proposals.get(id, actor);
        String root = DraftPageModel.root();
        return work.submit(() -> {
            try {
                decisions.sendForComments(id, actor);
                return new ModelAndView("redirect:/proposals/" + id);
            } catch (ErrorResponseException e) {
                cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
                ModelAndView mav = page.page(p, actor, drafts.head(p), root);
                problems.show(mav.getModelMap(), e, locale);
                // the draft page lists them once, with the suggestions to accept, instead of the shared list
                Object lines = mav.getModelMap().remove("problems");
                if (lines != null) {
                    mav.addObject("findings", lines);
                }
                return mav;
            }
        });
    }

    /** Accepts the check's suggestions (all, or the one named), as one commit in the editor's name. */
    @PostMapping("/proposals/{id}/draft/suggestions")
    String acceptSuggestions(@PathVariable String id, @RequestParam(required = false) List<String> suggestion,
                             @RequestParam String baseRevision, Actor actor,
                             org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, Locale locale) {
        Proposal p = proposals.find(id);
        problems.attempt(redirect, locale, "flash.suggestions-accepted",
                () -> suggestions.accept(p, suggestion, baseRevision, actor));
        return "redirect:/proposals/" + id + "/draft";
    }

    /** The editor's preview pane: the draft at a revision as the draft it is, or the list of its problems (a page). */
    @GetMapping(path = "/proposals/{id}/draft/preview", produces = "text/html")
    CompletableFuture<org.springframework.http.ResponseEntity<byte[]>> previewPage(@PathVariable String id,
            @RequestParam(required = false) String revision, @RequestParam(defaultValue = Drafts.STANDARD) String file,
            Actor actor, Locale locale) {
        Proposal p = proposals.get(id, actor);
        String at = revision == null ? drafts.head(p) : drafts.revisionOf(p, revision);
        drafts.read(p, file, at);
        return preview.page(p, at, file, locale).thenApply(DraftPageController::page);
    }

    /** Renders the editor's unsaved text; answers with the URL of the rendered preview (the iframe loads it). */
    @PostMapping(path = "/proposals/{id}/draft/preview", produces = "text/plain")
    @org.springframework.web.bind.annotation.ResponseBody
    CompletableFuture<String> previewUnsaved(@PathVariable String id, @RequestParam String text,
                                             @RequestParam(defaultValue = Drafts.STANDARD) String file, Actor actor,
                                             Locale locale) {
        Proposal p = proposals.get(id, actor);
        drafts.read(p, file, null);
        return preview.unsaved(p, drafts.head(p), file, text, locale)
                .thenApply(token -> "/proposals/" + id + "/draft/preview/" + token);
    }

    private static org.springframework.http.ResponseEntity<byte[]> page(byte[] html) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType(org.springframework.http.MediaType.TEXT_HTML,
                        java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", cn.guifanku.web.DocumentPolicy.CSP).body(html);
    }

    @GetMapping("/proposals/{id}/draft/preview/{token}")
    org.springframework.http.ResponseEntity<byte[]> previewed(@PathVariable String id, @PathVariable String token,
                                                              Actor actor) {
        proposals.get(id, actor);
        return preview.kept(token).map(DraftPageController::page)
                .orElseGet(() -> org.springframework.http.ResponseEntity.notFound().build());
    }

    @GetMapping("/proposals/{id}/draft/changes")
    String changes(@PathVariable String id, Actor actor, Model model) {
        Proposal p = proposals.get(id, actor);
        model.addAttribute("p", p);
        model.addAttribute("clauses", redline.compare(p, drafts.head(p)));
        return "proposal/changes";
    }

    private String view(Model model, Proposal p, Actor actor, String file, String text, String revision) {
        page.fill(model.asMap(), p, actor, file, text, revision);
        return DraftPageModel.VIEW;
    }
}
