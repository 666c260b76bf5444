package cn.guifanku.proposal;

import cn.guifanku.render.RenderWork;
import cn.guifanku.content.Revision;
import cn.guifanku.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Proposals and their drafts as JSON. Every call checks that the caller may do it (see {@link ProposalAccess}). */
@RestController
@RequestMapping("/api/proposals")
@Tag(name = "proposals", description = "提案与草案 · proposals and drafts")
class ProposalApiController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Proposals proposals;
    private final ProposalDecisions decisions;
    private final ProposalHistory history;
    private final Drafts drafts;
    private final DraftPreview preview;
    private final RenderWork work;
    private final DraftCheck check;
    private final DraftSuggestions suggestions;
    private final CommentDrafts commentDrafts;
    private final cn.guifanku.web.PublicAddress site;

    ProposalApiController(Proposals proposals, ProposalDecisions decisions, ProposalHistory history, Drafts drafts,
                          DraftPreview preview, RenderWork work, DraftCheck check, DraftSuggestions suggestions,
                          CommentDrafts commentDrafts, cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.check = check;
        this.suggestions = suggestions;
        this.commentDrafts = commentDrafts;
        this.work = work;
        this.preview = preview;
        this.proposals = proposals;
        this.decisions = decisions;
        this.history = history;
        this.drafts = drafts;
    }

    @PostMapping(consumes = JSON)
    @Operation(summary = "Propose a new standard or a revision (editors)")
    ResponseEntity<Proposal> create(@Valid @RequestBody NewProposal request, Actor actor) {
        Proposal p = proposals.create(request, actor);
        return ResponseEntity.created(URI.create("/api/proposals/" + p.id())).body(p);
    }

    @GetMapping
    @Operation(summary = "Proposals the caller may see")
    List<Proposal> list(Actor actor) {
        return proposals.visibleTo(actor);
    }

    /** A proposal with the 征求意见稿 PDFs it sent out (newest first), each with its checksum. */
    record ProposalJson(@com.fasterxml.jackson.annotation.JsonUnwrapped Proposal proposal,
                        List<CommentDraftJson> commentDrafts, GitJson git) {
    }

    /**
     * Where to clone the draft with git: {@code cloneUrl} for anyone (public refs), {@code signedInCloneUrl} with a
     * personal access token (also the drafts the caller may read), the draft's branch and folder.
     */
    record GitJson(String cloneUrl, String signedInCloneUrl, String branch, String folder) {

        static GitJson of(Proposal p) {
            return of(p, org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                    .toUriString());
        }

        /** With the application's root URL, for example {@code http://localhost:8080}. */
        static GitJson of(Proposal p, String root) {
            return new GitJson(root + cn.guifanku.content.GitGate.PUBLIC_PATH,
                    root + cn.guifanku.content.GitGate.SIGNED_IN_PATH, p.branch(), p.folder());
        }
    }

    record CommentDraftJson(String revision, LocalDate date, FileJson pdf, FileJson explanatoryNote) {
    }

    record FileJson(String href, String sha256, long size) {
    }

    @GetMapping("/{id}")
    @Operation(summary = "One proposal, with the 征求意见稿 PDFs (and 编制说明) it sent out for comments")
    ProposalJson one(@PathVariable String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        return new ProposalJson(p, commentDrafts.of(id).stream().map(d -> new CommentDraftJson(d.revision(), d.date(),
                file(d.href(), d.pdf()), d.note() == null ? null : file(d.noteHref(), d.note()))).toList(), GitJson.of(p));
    }

    private FileJson file(String path, cn.guifanku.catalog.Artifact artifact) {
        return new FileJson(site.of(path), artifact.sha256(), artifact.size());
    }

    record CheckJson(int errors, int warnings, List<ProposalDecisions.ProblemLine> problems) {
    }

    @GetMapping("/{id}/draft/check")
    @Operation(summary = "Checks the latest revision: drafting rules, the catalog's facts (代替, history, number, each "
            + "with the suggested wording), the render — problems with lines, errors first")
    java.util.concurrent.CompletableFuture<CheckJson> check(@PathVariable String id, Actor actor) {
        Proposal p = proposals.get(id, actor);
        String head = drafts.head(p);
        return work.submit(() -> {
            List<ProposalDecisions.ProblemLine> lines = check.run(p, head, DraftRendering.stageOf(p)).findings().stream()
                    .map(ProposalDecisions.ProblemLine::of).toList();
            int errors = (int) lines.stream().filter(l -> "ERROR".equals(l.level())).count();
            return new CheckJson(errors, lines.size() - errors, lines);
        });
    }

    record AcceptRequest(@NotNull String baseRevision, List<String> ids) {
    }

    @PostMapping(path = "/{id}/draft/suggestions", consumes = JSON)
    @Operation(summary = "Accept the check's suggested changes (all, or those named by id) as one commit — proposer; "
            + "409 when someone saved since baseRevision")
    Saved acceptSuggestions(@PathVariable String id, @Valid @RequestBody AcceptRequest r, Actor actor) {
        return new Saved(suggestions.accept(proposals.find(id), r.ids(), r.baseRevision(), actor));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every action on the proposal: who, when, what (the permanent record)")
    List<ProposalHistory.Event> history(@PathVariable String id, Actor actor) {
        proposals.get(id, actor);
        return history.of(id);
    }

    record FormalCheckRequest(@NotNull ProposalDecisions.FormalCheck decision, String planNumber, String reason) {
    }

    @PostMapping(path = "/{id}/formal-check", consumes = JSON)
    @Operation(summary = "立项审查: accept (with 计划号), return or reject (with reasons) — secretariat")
    Proposal formalCheck(@PathVariable String id, @Valid @RequestBody FormalCheckRequest r, Actor actor) {
        return decisions.formalCheck(id, r.decision(), r.planNumber(), r.reason(), actor);
    }

    @PostMapping(path = "/{id}/resubmission", consumes = JSON)
    @Operation(summary = "Resubmit a returned proposal — proposer")
    Proposal resubmit(@PathVariable String id, Actor actor) {
        return decisions.resubmit(id, actor);
    }

    @GetMapping("/{id}/draft/files/{file}")
    @Operation(summary = "A draft file (standard.adoc, explanatory-note.adoc) at a revision, default the latest")
    Drafts.DraftFile read(@PathVariable String id, @PathVariable String file,
                          @RequestParam(required = false) String revision, Actor actor) {
        return drafts.read(proposals.get(id, actor), file, revision);
    }

    record SaveRequest(@NotNull String text, @NotNull String baseRevision, String message) {
    }

    record Saved(String revision) {
    }

    @PutMapping(path = "/{id}/draft/files/{file}", consumes = JSON)
    @Operation(summary = "Save a draft file as a commit; 409 when someone saved since baseRevision — proposer")
    Saved save(@PathVariable String id, @PathVariable String file, @Valid @RequestBody SaveRequest r, Actor actor) {
        Proposal p = proposals.find(id);
        String revision = drafts.edit(p, file, r.text(), r.baseRevision(), r.message(), actor);
        return new Saved(revision);
    }

    @GetMapping(path = "/{id}/draft/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The draft rendered as HTML (default the latest revision); 422 with problems and lines if it does not render")
    java.util.concurrent.CompletableFuture<ResponseEntity<byte[]>> preview(@PathVariable String id,
            @RequestParam(required = false) String revision, @RequestParam(defaultValue = Drafts.STANDARD) String file,
            Actor actor) {
        Proposal p = proposals.get(id, actor);
        String at = revision == null ? drafts.head(p) : drafts.revisionOf(p, revision);
        drafts.read(p, file, at); // the file must exist in the draft (and have an allowed name)
        return preview.html(p, at, file).thenApply(html -> ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", cn.guifanku.web.DocumentPolicy.CSP)
                .body(html));
    }

    @GetMapping("/{id}/draft/revisions")
    @Operation(summary = "The draft's revisions with their authors, newest first")
    List<Revision> revisions(@PathVariable String id, Actor actor) {
        return drafts.history(proposals.get(id, actor));
    }

    @GetMapping(path = "/{id}/draft/files/{file}/diff", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Unified diff of a draft file against the edition it revises")
    String diff(@PathVariable String id, @PathVariable String file, @RequestParam(required = false) String revision,
                Actor actor) {
        return drafts.diff(proposals.get(id, actor), file, revision);
    }

    @PostMapping(path = "/{id}/sending-for-comments", consumes = JSON)
    @Operation(summary = "Send the draft out for comments; 422 with the problems and their lines unless it passes — proposer")
    java.util.concurrent.CompletableFuture<Proposal> sendForComments(@PathVariable String id, Actor actor) {
        proposals.get(id, actor);
        return work.submit(() -> decisions.sendForComments(id, actor));
    }

    record ApprovalRequest(@NotNull ProposalDecisions.Approval decision, String number, LocalDate issued,
                           LocalDate effective, String reason) {
    }

    @PostMapping(path = "/{id}/approval", consumes = JSON)
    @Operation(summary = "批准: approve with number and dates, or return to drafting — chair, never the proposer")
    Proposal approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest r, Actor actor) {
        return decisions.approve(id, r.decision(), r.number(), r.issued(), r.effective(), r.reason(), actor);
    }

    record WithdrawalRequest(String reason) {
    }

    @PostMapping(path = "/{id}/withdrawal", consumes = JSON)
    @Operation(summary = "Withdraw the proposal before approval — proposer")
    Proposal withdraw(@PathVariable String id, @RequestBody(required = false) WithdrawalRequest r, Actor actor) {
        return decisions.withdraw(id, r == null ? null : r.reason(), actor);
    }

    record PeriodicReviewRequest(@NotNull ProposalDecisions.ReviewDecision decision) {
    }

    @PostMapping(path = "/{id}/periodic-review", consumes = JSON)
    @Operation(summary = "复审: CONFIRM (继续有效), REVISE (starts a revision) or WITHDRAW (废止) — secretariat")
    Proposal periodicReview(@PathVariable String id, @Valid @RequestBody PeriodicReviewRequest r, Actor actor) {
        return decisions.periodicReview(id, r.decision(), actor);
    }

    @PostMapping(path = "/{id}/publication/retry", consumes = JSON)
    @Operation(summary = "Retry a publication that ran out of retries — secretariat")
    Proposal retryPublication(@PathVariable String id, Actor actor) {
        return decisions.retryPublication(id, actor);
    }
}
