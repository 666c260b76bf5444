package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderWork;
import cn.guifanku.render.StandardRenderer;
import cn.guifanku.web.Problem;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Component;

/**
 * Renders a draft revision to HTML on a thread of its own, so that a preview never holds a request thread while
 * Asciidoctor works. A draft that does not render becomes a 422 listing its problems with their lines.
 */
@Component
class DraftPreview {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final java.util.Map<String, byte[]> kept = new java.util.concurrent.ConcurrentHashMap<>();
    private final RenderWork work;

    DraftPreview(ContentRepository content, StandardRenderer renderer, RenderWork work) {
        this.content = content;
        this.renderer = renderer;
        this.work = work;
    }

    CompletableFuture<byte[]> html(Proposal p, String revision, String file) {
        return work.submit(() -> {
            try {
                return render(new FolderAtRevision(content, revision, p.folder()), file);
            } catch (RenderFailedException e) {
                throw Problem.unprocessable("draft-invalid", e.problems().size())
                        .with("problems", e.problems().stream().map(ProposalDecisions.ProblemLine::of).toList());
            }
        });
    }

    /** Renders unsaved text (the editor's current source over the saved folder) and keeps it briefly under a token. */
    /** The standard renders as a standard; the 编制说明 (and any other file) as a committee document. */
    private byte[] render(cn.guifanku.render.SourceFiles files, String file) {
        return Drafts.STANDARD.equals(file) ? renderer.renderHtml(files) : renderer.renderDocument(files, file).html();
    }

    CompletableFuture<String> unsaved(Proposal p, String revision, String file, String text) {
        FolderAtRevision saved = new FolderAtRevision(content, revision, p.folder());
        cn.guifanku.render.SourceFiles overlay = new cn.guifanku.render.SourceFiles() {
            @Override
            public String label() {
                return saved.label() + "+unsaved";
            }

            @Override
            public java.util.Optional<String> read(String path) {
                return file.equals(path) ? java.util.Optional.of(text) : saved.read(path);
            }
        };
        return work.submit(() -> {
            try {
                return keep(render(overlay, file));
            } catch (RenderFailedException e) {
                return keep(problemsPage(e));
            }
        });
    }

    /** A rendered preview by its token, while it is kept (the last few dozen, a few minutes). */
    java.util.Optional<byte[]> kept(String token) {
        return java.util.Optional.ofNullable(kept.get(token));
    }

    private String keep(byte[] html) {
        if (kept.size() > 50) {
            kept.clear();
        }
        String token = java.util.UUID.randomUUID().toString();
        kept.put(token, html);
        return token;
    }

    private static byte[] problemsPage(RenderFailedException e) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"UTF-8\"><body><h1>草案暂时无法显示</h1><ul>");
        e.problems().forEach(p -> html.append("<li>").append(org.springframework.web.util.HtmlUtils.htmlEscape(p.toString(), "UTF-8"))
                .append("</li>"));
        return html.append("</ul></body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
