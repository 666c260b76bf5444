package cn.guifanku.proposal;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Downloads of the 征求意见稿 as circulated (and its 编制说明): files from the artifact store with their SHA-256 as
 * strong ETag, like published editions. Whoever may see the proposal may download them.
 */
@Controller
class CommentDraftController {

    private final Proposals proposals;
    private final CommentDrafts drafts;
    private final ArtifactStore store;

    CommentDraftController(Proposals proposals, CommentDrafts drafts, ArtifactStore store) {
        this.proposals = proposals;
        this.drafts = drafts;
        this.store = store;
    }

    @GetMapping("/proposals/{id}/comment-drafts/{revision:[0-9a-f]{40}}.pdf")
    ResponseEntity<Resource> pdf(@PathVariable String id, @PathVariable String revision, Actor actor, WebRequest request) {
        Proposal p = proposals.get(id, actor);
        CommentDrafts.CommentDraft draft = drafts.find(id, revision)
                .orElseThrow(() -> Problem.notFound("comment-draft-not-found", id, revision.substring(0, 7)));
        return serve(draft.pdf(), p.title() + "（征求意见稿）.pdf", p.id() + "-comment-draft.pdf", draft, request);
    }

    @GetMapping("/proposals/{id}/comment-drafts/{revision:[0-9a-f]{40}}/explanatory-note.pdf")
    ResponseEntity<Resource> note(@PathVariable String id, @PathVariable String revision, Actor actor, WebRequest request) {
        Proposal p = proposals.get(id, actor);
        CommentDrafts.CommentDraft draft = drafts.find(id, revision).filter(d -> d.note() != null)
                .orElseThrow(() -> Problem.notFound("comment-draft-not-found", id, revision.substring(0, 7)));
        return serve(draft.note(), p.title() + "（征求意见稿）编制说明.pdf", p.id() + "-explanatory-note.pdf", draft, request);
    }

    private ResponseEntity<Resource> serve(Artifact artifact, String name, String ascii, CommentDrafts.CommentDraft draft,
                                           WebRequest request) {
        Path file = store.find(artifact.sha256())
                .orElseThrow(() -> Problem.notFound("comment-draft-not-found", draft.proposalId(), draft.revision().substring(0, 7)));
        if (request.checkNotModified('"' + artifact.sha256() + '"')) {
            return null; // Spring has answered 304 Not Modified
        }
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .body(new FileSystemResource(file));
    }
}
