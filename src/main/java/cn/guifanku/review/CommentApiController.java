package cn.guifanku.review;

import cn.guifanku.proposal.Proposal;
import cn.guifanku.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/proposals/{id}")
@Tag(name = "comments", description = "征求意见与意见处理 · comments and their disposition")
class CommentApiController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private final Comments comments;
    private final ResolutionTable table;

    CommentApiController(Comments comments, ResolutionTable table) {
        this.comments = comments;
        this.table = table;
    }

    @PostMapping(path = "/comments", consumes = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a clause of the draft in comment (signed-in members and library readers)")
    Comment add(@PathVariable String id, @RequestBody Comments.NewComment comment, Actor actor) {
        return comments.add(id, comment, actor);
    }

    @GetMapping("/comments")
    @Operation(summary = "The comments on the draft, with their disposition")
    List<Comment> list(@PathVariable String id, Actor actor) {
        return comments.of(id, actor);
    }

    @PutMapping(path = "/comments/{commentId}", consumes = JSON)
    @Operation(summary = "Change one's own comment (type, text, proposed change) while the comment period is open; "
            + "the earlier wording is kept — its author")
    Comment edit(@PathVariable String id, @PathVariable long commentId, @RequestBody Comments.CommentChange change,
                 Actor actor) {
        return comments.edit(id, commentId, change, actor);
    }

    @PostMapping(path = "/comments/{commentId}/withdrawal", consumes = JSON)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw one's own comment while the comment period is open (kept on record) — its author")
    void withdraw(@PathVariable String id, @PathVariable long commentId, Actor actor) {
        comments.withdraw(id, commentId, actor);
    }

    @GetMapping("/comments/{commentId}/changes")
    @Operation(summary = "A comment's earlier wordings, each with who changed it and when")
    List<Comment.Change> changes(@PathVariable String id, @PathVariable long commentId, Actor actor) {
        return comments.changes(id, commentId, actor);
    }

    record DispositionRequest(Comment.Disposition disposition, String note) {
    }

    @PutMapping(path = "/comments/{commentId}/disposition", consumes = JSON)
    @Operation(summary = "Record the disposition of a comment: 采纳 / 部分采纳 / 不采纳 with a reason — proposer")
    Comment dispose(@PathVariable String id, @PathVariable long commentId, @RequestBody DispositionRequest r, Actor actor) {
        return comments.dispose(id, commentId, r.disposition(), r.note(), actor);
    }

    @PostMapping(path = "/comment-period/closing", consumes = JSON)
    @Operation(summary = "End the comment period before its deadline — secretariat")
    Proposal closePeriod(@PathVariable String id, Actor actor) {
        return comments.closePeriod(id, actor);
    }

    @PostMapping(path = "/disposition/completion", consumes = JSON)
    @Operation(summary = "Finish 意见处理 and send the draft to ballot; 409 while a comment lacks a disposition — proposer")
    Proposal finish(@PathVariable String id, Actor actor) {
        return comments.finishDisposition(id, actor);
    }

    @GetMapping("/comment-resolution.html")
    @Operation(summary = "征求意见汇总处理表 as HTML")
    java.util.concurrent.CompletableFuture<org.springframework.http.ResponseEntity<byte[]>> resolutionHtml(
            @PathVariable String id, Actor actor) {
        return table.render(id, actor).thenApply(doc -> org.springframework.http.ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", cn.guifanku.web.DocumentPolicy.CSP)
                .body(doc.html()));
    }

    @GetMapping("/comment-resolution.pdf")
    @Operation(summary = "征求意见汇总处理表 as PDF (A4 landscape)")
    java.util.concurrent.CompletableFuture<org.springframework.http.ResponseEntity<byte[]>> resolutionPdf(
            @PathVariable String id, Actor actor) {
        return table.render(id, actor).thenApply(doc -> org.springframework.http.ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + id
                        + "-comment-resolution.pdf\"; filename*=UTF-8''" + id + "-%E5%BE%81%E6%B1%82%E6%84%8F%E8%A7%81%E6%B1%87%E6%80%BB%E5%A4%84%E7%90%86%E8%A1%A8.pdf")
                .body(doc.pdf()));
    }
}
