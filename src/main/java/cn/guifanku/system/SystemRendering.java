package cn.guifanku.system;

import cn.guifanku.render.RenderedDocument;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.RenderWork;
import cn.guifanku.render.StandardRenderer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 标准体系表 as HTML and PDF, rendered like the other committee documents off the request thread. The last render
 * is kept and reused while the table's text is the same.
 */
@Component
class SystemRendering {

    private final SystemOverview overview;
    private final StandardRenderer renderer;
    private final MessageSource messages;
    private final AtomicReference<Rendered> last = new AtomicReference<>();
    private final RenderWork work;

    SystemRendering(SystemOverview overview, StandardRenderer renderer, MessageSource messages, RenderWork work) {
        this.work = work;
        this.overview = overview;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** Empty while the repository has no 体系表. */
    Optional<CompletableFuture<RenderedDocument>> render() {
        return overview.build().map(view -> {
            String text = SystemDocument.text(view, messages);
            Rendered cached = last.get();
            if (cached != null && cached.text().equals(text)) {
                return CompletableFuture.completedFuture(cached.document());
            }
            return work.submit(() -> {
                RenderedDocument document = renderer.renderDocument(source(text), SystemDocument.FILE);
                last.set(new Rendered(text, document));
                return document;
            });
        });
    }

    private static SourceFiles source(String text) {
        return new SourceFiles() {
            @Override
            public String label() {
                return "体系表";
            }

            @Override
            public Optional<String> read(String path) {
                return SystemDocument.FILE.equals(path) ? Optional.of(text) : Optional.empty();
            }
        };
    }

    private record Rendered(String text, RenderedDocument document) {
    }
}
