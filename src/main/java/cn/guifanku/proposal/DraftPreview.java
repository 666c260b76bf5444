package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderWork;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandardRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a draft on a thread of its own, so that a preview never holds a request thread while Asciidoctor works. The
 * standard renders as the draft it is ({@link DraftRendering}: stage, date, open year, 代替 from the record); the
 * 编制说明 as a committee document. A draft that does not render becomes a page listing its problems with their
 * lines, in the reader's language (the preview pane is a page, never a JSON body).
 */
@Component
class DraftPreview {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final DraftRendering rendering;
    private final MessageSource messages;
    private final Clock clock;
    private final cn.guifanku.web.Times times;
    private final Map<String, byte[]> kept = new ConcurrentHashMap<>();
    private final RenderWork work;

    DraftPreview(ContentRepository content, StandardRenderer renderer, DraftRendering rendering, MessageSource messages,
                 Clock clock, cn.guifanku.web.Times times, RenderWork work) {
        this.work = work;
        this.content = content;
        this.renderer = renderer;
        this.rendering = rendering;
        this.messages = messages;
        this.clock = clock;
        this.times = times;
    }

    /** A saved revision; fails with the problems (the API answers 422 with them). */
    CompletableFuture<byte[]> html(Proposal p, String revision, String file) {
        return work.submit(() -> {
            try {
                return render(p, new FolderAtRevision(content, revision, p.folder()), file, revision);
            } catch (RenderFailedException e) {
                throw cn.guifanku.web.Problem.unprocessable("draft-invalid", e.problems().size())
                        .with("problems", e.problems().stream().map(ProposalDecisions.ProblemLine::of).toList());
            }
        });
    }

    /** A saved revision for the editor's preview pane: the draft, or a page of its problems. */
    CompletableFuture<byte[]> page(Proposal p, String revision, String file, Locale locale) {
        return work.submit(() -> {
            try {
                return render(p, new FolderAtRevision(content, revision, p.folder()), file, revision);
            } catch (RenderFailedException e) {
                return problemsPage(e, locale);
            }
        });
    }

    /** Renders unsaved text (the editor's current source over the saved folder) and keeps it briefly under a token. */
    CompletableFuture<String> unsaved(Proposal p, String revision, String file, String text, Locale locale) {
        FolderAtRevision saved = new FolderAtRevision(content, revision, p.folder());
        SourceFiles overlay = new SourceFiles() {
            @Override
            public String label() {
                return saved.label() + "+unsaved";
            }

            @Override
            public Optional<String> read(String path) {
                return file.equals(path) ? Optional.of(text) : saved.read(path);
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                return saved.readBytes(path); // the figures as saved
            }
        };
        return work.submit(() -> {
            try {
                return keep(render(p, overlay, file, null));
            } catch (RenderFailedException e) {
                return keep(problemsPage(e, locale));
            }
        });
    }

    /** The standard as the draft it is (dated by its revision, today for unsaved text); any other file as a document. */
    private byte[] render(Proposal p, SourceFiles files, String file, String revision) {
        if (!Drafts.STANDARD.equals(file)) {
            return renderer.renderDocument(files, file).html();
        }
        return rendering.html(p, files, DraftRendering.stageOf(p),
                revision == null ? times.day(clock.instant()) : rendering.dateOf(p, revision));
    }

    /** A rendered preview by its token, while it is kept (the last few dozen, a few minutes). */
    Optional<byte[]> kept(String token) {
        return Optional.ofNullable(kept.get(token));
    }

    private String keep(byte[] html) {
        if (kept.size() > 50) {
            kept.clear();
        }
        String token = UUID.randomUUID().toString();
        kept.put(token, html);
        return token;
    }

    /** The problems as a list, each once, in the reader's language, with file and line. */
    private byte[] problemsPage(RenderFailedException e, Locale locale) {
        String lang = locale.getLanguage().equals("en") ? "en" : "zh-CN";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(lang)
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(text("preview.failed", locale))
                .append("</title><style>body{font-family:sans-serif;margin:1.5em;line-height:1.6}"
                        + "li{margin:.4em 0}.error{color:#a40000}.file{font-family:monospace}</style></head><body><h1>")
                .append(text("preview.failed", locale)).append("</h1><p>").append(text("preview.failed.help", locale))
                .append("</p><ul class=\"problems\">");
        e.problems().stream().distinct().forEach(p -> html.append("<li class=\"")
                .append(p.severity() == RenderProblem.Severity.ERROR ? "error" : "warning").append("\"><span class=\"file\">")
                .append(HtmlUtils.htmlEscape(p.file() + (p.line() == null ? "" : ":" + p.line()), "UTF-8"))
                .append("</span> <strong>").append(text("severity." + p.severity().name(), locale)).append("</strong> ")
                .append(HtmlUtils.htmlEscape(p.message(), "UTF-8")).append("</li>"));
        return html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), "UTF-8");
    }
}
