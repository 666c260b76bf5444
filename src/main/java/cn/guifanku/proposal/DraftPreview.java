package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.StandardRenderer;
import cn.guifanku.web.Problem;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Renders a draft revision to HTML on a thread of its own, so that a preview never holds a request thread while
 * Asciidoctor works. A draft that does not render becomes a 422 listing its problems with their lines.
 */
@Component
class DraftPreview implements AutoCloseable {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "preview");
        t.setDaemon(true);
        return t;
    });

    DraftPreview(ContentRepository content, StandardRenderer renderer) {
        this.content = content;
        this.renderer = renderer;
    }

    CompletableFuture<byte[]> html(Proposal p, String revision) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return renderer.renderHtml(new FolderAtRevision(content, revision, p.folder()));
            } catch (RenderFailedException e) {
                throw Problem.unprocessable("draft-invalid", e.problems().size())
                        .with("problems", e.problems().stream().map(ProposalDecisions.ProblemLine::of).toList());
            }
        }, (Executor) executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
