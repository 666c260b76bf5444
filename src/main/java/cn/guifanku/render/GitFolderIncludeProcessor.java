package cn.guifanku.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Serves every include from the standard's own folder through {@link SourceFiles}, never from the
 * file system or the network. A target outside the folder (absolute, {@code ..} escaping it, a URL)
 * is reported as a warning and replaced by a visible placeholder; a missing file, a cycle or too
 * deep a nesting is an error. Included text goes through the same {@link PassthroughGuard} as the
 * main file.
 */
final class GitFolderIncludeProcessor extends IncludeProcessor {

    /** Same as the locked {@code max-include-depth}: Asciidoctor does not check depth for extensions. */
    static final int MAX_DEPTH = 8;
    private static final int MAX_INCLUDES = 500;

    private final RenderSessions sessions;
    private final PassthroughGuard guard;
    private final RenderLimits limits;

    GitFolderIncludeProcessor(RenderSessions sessions, PassthroughGuard guard, RenderLimits limits) {
        this.sessions = sessions;
        this.guard = guard;
        this.limits = limits;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Optional<RenderSession> found = sessions.byId(document.getAttribute(RenderSessions.ATTRIBUTE));
        String includingFile = reader.getFile() != null ? reader.getFile()
                : found.map(RenderSession::mainFile).orElse(SourceFiles.MAIN);
        int line = Math.max(reader.getLineNumber() - 1, 1);
        Optional<String> path = FolderPath.resolve(includingFile, target);
        if (found.isEmpty() || path.isEmpty()) {
            found.ifPresent(session -> session.report(problem(includingFile, line, RenderProblem.Severity.WARNING,
                    "不允许的引用（只能引用本文件夹内的文件）：" + target)));
            placeholder(reader, includingFile, line, "不允许的引用", target);
            return;
        }
        RenderSession session = found.get();
        List<String> ancestry = session.ancestry(includingFile);
        String refusal = ancestry.contains(path.get()) ? "循环引用"
                : ancestry.size() > MAX_DEPTH ? "引用嵌套超过 " + MAX_DEPTH + " 层"
                : session.recordInclude(path.get(), includingFile) > MAX_INCLUDES ? "引用文件超过 " + MAX_INCLUDES + " 个"
                : null;
        Optional<String> content = refusal == null ? session.files().read(path.get()) : Optional.empty();
        // What SourceLimits could not see (a target built from attributes): the three passes together read at most
        // three times the source limit.
        if (content.isPresent() && session.recordIncludedBytes(SourceLimits.utf8Length(content.get()))
                > 3 * limits.maxSourceSize()) {
            refusal = "引用的文件合计超过 " + SourceLimits.size(limits.maxSourceSize());
            content = Optional.empty();
        }
        if (content.isEmpty()) {
            String reason = refusal == null ? "找不到引用的文件" : refusal;
            session.report(problem(includingFile, line, RenderProblem.Severity.ERROR, reason + "：" + target));
            placeholder(reader, includingFile, line, reason, target);
            return;
        }
        GuardedSource guarded = guard.guard(path.get(), content.get());
        session.reportAll(guarded.warnings());
        IncludeSelection selection = IncludeSelection.of(guarded.text(), attributes);
        reader.pushInclude(selection.text(), path.get(), path.get(), selection.firstLine(), attributes);
    }

    /**
     * A paragraph that says what was refused. The target is reduced to letters, digits and {@code /._-}
     * and set as literal monospace, so it cannot carry markup, attribute references or links.
     */
    private static void placeholder(PreprocessorReader reader, String file, int line, String reason, String target) {
        String shown = target.replaceAll("[^\\p{L}\\p{N}/._-]", "?");
        reader.pushInclude("{empty}[" + reason + "：`+" + shown + "+`]", file, file, line, Map.of());
    }

    private static RenderProblem problem(String file, int line, RenderProblem.Severity severity, String message) {
        return new RenderProblem(file, line, severity, message);
    }
}
