package cn.guifanku.proposal;

import cn.guifanku.render.RenderWork;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import cn.guifanku.wordimport.ImportItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import from Word through the API, beside the draft's other endpoints: the import, its report, the kept file. */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "proposals", description = "提案与草案 · proposals and drafts")
class WordImportApiController {

    private final Proposals proposals;
    private final WordImports imports;
    private final DraftCheck check;
    private final RenderWork work;

    WordImportApiController(Proposals proposals, WordImports imports, DraftCheck check, RenderWork work) {
        this.proposals = proposals;
        this.imports = imports;
        this.check = check;
        this.work = work;
    }

    /** A problem of the check, with the Word paragraph its line came from (null when it did not come from one). */
    record ProblemJson(ProposalDecisions.ProblemLine problem, Integer wordParagraph) {
    }

    record ImportJson(long id, String revision, String fileName, String document, List<ImportItem> report,
                      int errors, int warnings, List<ProblemJson> problems) {
    }

    @PostMapping("/{id}/draft/word")
    @Operation(summary = "Import a Word document (at most 20 MB) as the draft's standard.adoc with its figures: one commit "
            + "by the proposer (\"从 Word 导入：name.docx\"). The document is the body (Content-Type "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, ?baseRevision=…&fileName=…; "
            + "HTTP Basic, no CSRF token), or the part docx of a multipart form with baseRevision (from a page, with "
            + "the CSRF token). 409 when someone saved since baseRevision, 413 over 20 MB, 415 for another body, 422 when "
            + "the document is refused (tracked changes, macros, .doc, not a .docx, a zip bomb). Answers with the "
            + "import report and the check, each problem with its Word paragraph")
    CompletableFuture<ResponseEntity<ImportJson>> importWord(@PathVariable String id,
                                                             @RequestParam(required = false) String baseRevision,
                                                             @RequestParam(required = false) String fileName,
                                                             jakarta.servlet.http.HttpServletRequest request,
                                                             Actor actor) {
        Proposal p = proposals.find(id);
        ProposalAccess.checkEdit(p, actor); // who may not import learns nothing about the file
        byte[] docx;
        String name = fileName;
        if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("docx");
            docx = WordImports.bytes(file);
            name = file.getOriginalFilename();
        } else if (request.getContentType() != null
                && cn.guifanku.web.UploadTypes.WORD.equalsTypeAndSubtype(MediaType.parseMediaType(request.getContentType()))) {
            docx = WordImports.bytes(request);
        } else {
            throw new Problem(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE, "word-import-media-type");
        }
        if (baseRevision == null || baseRevision.isBlank()) {
            throw Problem.unprocessable("word-import-base-missing").with("field", "baseRevision");
        }
        WordImports.Stored stored = imports.importInto(p, docx, name, baseRevision, actor);
        return report(p, stored).thenApply(json -> ResponseEntity.created(URI.create(json.document())).body(json));
    }

    @GetMapping("/{id}/word-imports/{importId}")
    @Operation(summary = "An import's report and the check of the revision it made")
    CompletableFuture<ImportJson> imported(@PathVariable String id, @PathVariable long importId, Actor actor) {
        Proposal p = proposals.get(id, actor);
        return report(p, imports.find(p, importId)
                .orElseThrow(() -> Problem.notFound("word-import-not-found", String.valueOf(importId))));
    }

    @GetMapping(path = "/{id}/word-imports/{importId}/document", produces = WordImports.DOCX)
    @Operation(summary = "The Word document an import came from, without its author metadata")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable long importId, Actor actor) {
        Proposal p = proposals.get(id, actor);
        WordImports.Stored stored = imports.find(p, importId)
                .orElseThrow(() -> Problem.notFound("word-import-not-found", String.valueOf(importId)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(WordImports.DOCX))
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(stored.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(imports.document(p, importId).orElseThrow());
    }

    private CompletableFuture<ImportJson> report(Proposal p, WordImports.Stored stored) {
        return work.submit(() -> check.run(p, stored.revision(), DraftRendering.stageOf(p)).findings()).thenApply(found -> {
            List<ProblemJson> problems = found.stream().map(ProposalDecisions.ProblemLine::of)
                    .map(l -> new ProblemJson(l, Drafts.STANDARD.equals(l.file()) ? stored.report().paragraphAt(l.line()) : null))
                    .toList();
            int errors = (int) problems.stream().filter(x -> "ERROR".equals(x.problem().level())).count();
            return new ImportJson(stored.id(), stored.revision(), stored.fileName(),
                    "/api/proposals/" + p.id() + "/word-imports/" + stored.id() + "/document", stored.report().items(),
                    errors, problems.size() - errors, problems);
        });
    }
}
