package cn.guifanku.proposal;

import cn.guifanku.render.RenderWork;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * 从 Word 导入 on the draft page: the form's import (one save, a stale base refused as a save is), the page of an
 * import with its report and the check of the revision it made, and the Word file kept without its authors.
 */
@Controller
class WordImportPageController {

    private final Proposals proposals;
    private final Drafts drafts;
    private final DraftCheck check;
    private final ProblemMessages problems;
    private final RenderWork work;
    private final WordImports wordImports;
    private final DraftPageModel page;

    WordImportPageController(Proposals proposals, Drafts drafts, DraftCheck check, ProblemMessages problems,
                             RenderWork work, WordImports wordImports, DraftPageModel page) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.check = check;
        this.problems = problems;
        this.work = work;
        this.wordImports = wordImports;
        this.page = page;
    }

    /**
     * 从 Word 导入: the Word file replaces {@code standard.adoc} as a new revision (a stale base is refused with 409, as
     * a save is); then the page of that import, where the check runs at once.
     */
    @PostMapping("/proposals/{id}/draft/word")
    String importWord(@PathVariable String id, @RequestParam(required = false) MultipartFile docx,
                      @RequestParam String baseRevision, Actor actor, Model model, Locale locale,
                      jakarta.servlet.http.HttpServletResponse response) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkEdit(p, actor); // who may not import learns nothing about the file
        try {
            WordImports.Stored stored = wordImports.importInto(p, WordImports.bytes(docx),
                    docx == null ? null : docx.getOriginalFilename(), baseRevision, actor);
            return "redirect:/proposals/" + id + "/draft/word/" + stored.id();
        } catch (ErrorResponseException e) {
            ProblemMessages.rethrowRefusal(e);
            response.setStatus(e.getStatusCode().value());
            problems.show(model, e, locale);
            Proposal seen = proposals.get(id, actor);
            Drafts.DraftFile head = drafts.read(seen, Drafts.STANDARD, null);
            model.addAttribute("wordError", problems.text(e, locale));
            page.fill(model.asMap(), seen, actor, Drafts.STANDARD, head.text(), head.revision());
            return DraftPageModel.VIEW;
        }
    }

    /** An import's page: its report, and the check of the revision it made, each problem with its Word paragraph. */
    @GetMapping("/proposals/{id}/draft/word/{importId}")
    CompletableFuture<ModelAndView> imported(@PathVariable String id, @PathVariable long importId, Actor actor) {
        Proposal p = proposals.get(id, actor);
        WordImports.Stored stored = stored(p, importId);
        String root = DraftPageModel.root();
        return work.submit(() -> check.run(p, stored.revision(), DraftRendering.stageOf(p)).findings()).thenApply(found -> {
            ModelAndView mav = page.page(p, actor, stored.revision(), root);
            mav.addObject("wordImport", stored);
            DraftPageModel.checked(mav, found);
            return mav;
        });
    }

    /** The Word file an import came from, without its authors, for whoever may see the draft. */
    @GetMapping("/proposals/{id}/word-imports/{importId}/document")
    ResponseEntity<byte[]> wordDocument(@PathVariable String id, @PathVariable long importId, Actor actor) {
        Proposal p = proposals.get(id, actor);
        WordImports.Stored stored = stored(p, importId);
        byte[] document = wordImports.document(p, importId).orElseThrow();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(WordImports.DOCX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    private WordImports.Stored stored(Proposal p, long importId) {
        return wordImports.find(p, importId)
                .orElseThrow(() -> cn.guifanku.web.Problem.notFound("word-import-not-found", String.valueOf(importId)));
    }
}
