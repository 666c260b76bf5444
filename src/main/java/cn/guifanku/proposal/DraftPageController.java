package cn.guifanku.proposal;

import cn.guifanku.render.RenderWork;
import cn.guifanku.process.Stage;
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
    private final ProposalHistory history;
    private final ProblemMessages problems;
    private final DraftPreview preview;
    private final RenderWork work;
    private final DraftSuggestions suggestions;
    private final WordImports wordImports;

    DraftPageController(Proposals proposals, ProposalDecisions decisions, Drafts drafts, DraftCheck check,
                        Redline redline, ProposalHistory history, ProblemMessages problems, DraftPreview preview,
                        RenderWork work, DraftSuggestions suggestions, WordImports wordImports) {
        this.wordImports = wordImports;
        this.suggestions = suggestions;
        this.work = work;
        this.preview = preview;
        this.proposals = proposals;
        this.decisions = decisions;
        this.drafts = drafts;
        this.check = check;
        this.redline = redline;
        this.history = history;
        this.problems = problems;
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

    /**
     * 从 Word 导入: the Word file replaces {@code standard.adoc} as a new revision (a stale base is refused with 409, as
     * a save is); then the page of that import, where the check runs at once.
     */
    @PostMapping("/proposals/{id}/draft/word")
    String importWord(@PathVariable String id, @RequestParam(required = false) org.springframework.web.multipart.MultipartFile docx,
                      @RequestParam String baseRevision, Actor actor, Model model, Locale locale,
                      jakarta.servlet.http.HttpServletResponse response) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkEdit(p, actor); // who may not import learns nothing about the file
        try {
            WordImports.Stored stored = wordImports.importInto(p, WordImports.bytes(docx),
                    docx == null ? null : docx.getOriginalFilename(), baseRevision, actor);
            return "redirect:/proposals/" + id + "/draft/word/" + stored.id();
        } catch (ErrorResponseException e) {
            cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
            response.setStatus(e.getStatusCode().value());
            problems.show(model, e, locale);
            Proposal seen = proposals.get(id, actor);
            Drafts.DraftFile head = drafts.read(seen, Drafts.STANDARD, null);
            model.addAttribute("wordError", problems.text(e, locale));
            return view(model, seen, actor, Drafts.STANDARD, head.text(), head.revision());
        }
    }

    /** An import's page: its report, and the check of the revision it made, each problem with its Word paragraph. */
    @GetMapping("/proposals/{id}/draft/word/{importId}")
    CompletableFuture<ModelAndView> imported(@PathVariable String id, @PathVariable long importId, Actor actor) {
        Proposal p = proposals.get(id, actor);
        WordImports.Stored stored = wordImports.find(p, importId)
                .orElseThrow(() -> cn.guifanku.web.Problem.notFound("word-import-not-found", String.valueOf(importId)));
        String root = root();
        return work.submit(() -> check.run(p, stored.revision(), DraftRendering.stageOf(p)).findings()).thenApply(found -> {
            ModelAndView mav = new ModelAndView("proposal/draft");
            mav.addObject(ROOT, root);
            fill(mav.getModelMap(), p, actor, Drafts.STANDARD, drafts.read(p, Drafts.STANDARD, stored.revision()).text(),
                    stored.revision());
            mav.addObject("findings", found.stream().map(ProposalDecisions.ProblemLine::of).toList());
            mav.addObject("wordImport", stored);
            checked(mav, found);
            return mav;
        });
    }

    /** The Word file an import came from, without its authors, for whoever may see the draft. */
    @GetMapping("/proposals/{id}/word-imports/{importId}/document")
    org.springframework.http.ResponseEntity<byte[]> wordDocument(@PathVariable String id, @PathVariable long importId,
                                                                 Actor actor) {
        Proposal p = proposals.get(id, actor);
        WordImports.Stored stored = wordImports.find(p, importId)
                .orElseThrow(() -> cn.guifanku.web.Problem.notFound("word-import-not-found", String.valueOf(importId)));
        byte[] document = wordImports.document(p, importId).orElseThrow();
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(WordImports.DOCX))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @PostMapping("/proposals/{id}/draft/check")
    CompletableFuture<ModelAndView> check(@PathVariable String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        String head = drafts.head(p);
        String root = root();
        return work.submit(() -> check.run(p, head, DraftRendering.stageOf(p)).findings()).thenApply(found -> {
            ModelAndView mav = new ModelAndView("proposal/draft");
            mav.addObject(ROOT, root);
            fill(mav.getModelMap(), p, actor, Drafts.STANDARD, drafts.read(p, Drafts.STANDARD, head).text(), head);
            mav.addObject("findings", found.stream().map(ProposalDecisions.ProblemLine::of).toList());
            checked(mav, found);
            return mav;
        });
    }

    /** The check's verdict above its findings: passed, or how many errors block sending the draft out. */
    private static void checked(ModelAndView mav, List<DraftFacts.Finding> found) {
        long errors = found.stream().filter(x -> x.problem().severity() == cn.guifanku.render.RenderProblem.Severity.ERROR).count();
        if (errors == 0) {
            mav.addObject("done", "flash.checked");
        } else {
            mav.addObject("problem", "草案有 " + errors + " 个错误需要修改后才能提交征求意见" + (found.size() > errors
                    ? "，另有 " + (found.size() - errors) + " 条提示：" : "："));
        }
    }

    @PostMapping("/proposals/{id}/draft/sending")
    CompletableFuture<ModelAndView> send(@PathVariable String id, Actor actor, Locale locale) {
        Proposal p = proposals.get(id, actor);
        String root = root();
        return work.submit(() -> {
            try {
                decisions.sendForComments(id, actor);
                return new ModelAndView("redirect:/proposals/" + id);
            } catch (ErrorResponseException e) {
                cn.guifanku.web.ProblemMessages.rethrowRefusal(e);
                String head = drafts.head(p);
                ModelAndView mav = new ModelAndView("proposal/draft");
                mav.addObject(ROOT, root);
                fill(mav.getModelMap(), p, actor, Drafts.STANDARD, drafts.read(p, Drafts.STANDARD, head).text(), head);
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
        fill(model.asMap(), p, actor, file, text, revision);
        return "proposal/draft";
    }

    private void fill(java.util.Map<String, Object> model, Proposal p, Actor actor, String file, String text,
                      String revision) {
        model.put("p", p);
        model.put("file", file);
        model.put("text", text);
        model.put("revision", revision);
        model.put("revisions", drafts.history(p).stream().limit(30).toList());
        model.put("canEdit", actor.isSignedIn() && p.isProposer(actor.username())
                && (p.stage() == Stage.DRAFTING || p.stage() == Stage.DISPOSITION));
        model.put("files", List.of(Drafts.STANDARD, Drafts.NOTE));
        // How to work on this draft with git (the root is read in the request's thread: pages finished on a worker
        // thread have it in the model already).
        String root = (String) model.computeIfAbsent(ROOT, k -> root());
        model.put("gitCommands", gitCommands(ProposalApiController.GitJson.of(p, root), actor));
        // What the catalog says the header and 前言 should say, with the change to accept (fast: no rendering);
        // shown while the editor looks at the latest revision of the standard and no full check is on the page.
        boolean latest = Drafts.STANDARD.equals(file) && revision != null && revision.equals(drafts.head(p));
        model.putIfAbsent("facts", latest && Boolean.TRUE.equals(model.get("canEdit"))
                ? suggestions.open(p).stream().map(ProposalDecisions.ProblemLine::of).toList() : List.of());
    }

    private static final String ROOT = "gitRoot";

    private static String root() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static String gitCommands(ProposalApiController.GitJson git, Actor actor) {
        String user = actor.isSignedIn() ? actor.username() : "";
        return "git clone " + git.signedInCloneUrl() + " standards\n"
                + "cd standards\n"
                + "git switch " + git.branch() + "\n"
                + "git config user.name " + user + "\n"
                + "git config user.email " + user + "@users.guifanku.invalid\n"
                + "# 修改 " + git.folder() + "/ 下的文件，然后：\n"
                + "git commit -am \"修改说明\"\n"
                + "git push";
    }
}
