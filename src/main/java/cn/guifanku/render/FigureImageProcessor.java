package cn.guifanku.render;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Gives every figure ({@code image::} block) its image from the standard's own folder at the revision rendered,
 * through {@link SourceFiles#readBytes}, as a data URI: the HTML stays one self-contained file (the documents' CSP
 * allows {@code img-src data:} only) and asciidoctor-pdf decodes it itself (SVG in memory, with prawn-svg's file and
 * web requests off; PNG and JPEG into a temporary file of its own, deleted when the conversion ends). Nothing is read
 * from disk or the network. As for includes, a target outside the folder — a URL (a {@code data:} URI written in the
 * source too), an absolute path, one with {@code ..} — is a warning with its line; a missing file and an image that
 * {@link FigureImages} refuses (size, pixels, format, an SVG with script) are errors with their line. Either way the
 * figure is replaced by a visible placeholder and nothing of it is embedded.
 */
final class FigureImageProcessor extends Treeprocessor {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final RenderSessions sessions;
    private final FigureImages images;
    private final RenderLimits limits;

    FigureImageProcessor(RenderSessions sessions, RenderLimits limits) {
        this.sessions = sessions;
        this.images = new FigureImages(limits);
        this.limits = limits;
    }

    @Override
    public Document process(Document document) {
        Optional<RenderSession> session = sessions.byId(document.getAttribute(RenderSessions.ATTRIBUTE));
        if (session.isPresent()) {
            for (StructuralNode block : document.findBy(Map.of("context", ":image"))) {
                embed(session.get(), block);
            }
        }
        return document;
    }

    private void embed(RenderSession session, StructuralNode block) {
        String target = String.valueOf(block.getAttribute("target", ""));
        // an SVG is only ever an <img>: never inlined into the page or an <object>
        block.getAttributes().remove("inline-option");
        block.getAttributes().remove("interactive-option");
        String path = allowedPath(target);
        if (path == null) {
            refuse(session, block, RenderProblem.Severity.WARNING, "不允许的图片（只能是本文件夹内的 PNG、JPEG 或 SVG 文件，"
                    + "不能是网址、绝对路径或含“..”的路径），不嵌入：" + shown(target), "不允许的图片", target);
            return;
        }
        FigureImages.Checked checked = session.figure(path, p -> session.files().readBytes(p)
                .map(bytes -> images.check(p, bytes))
                .orElseGet(() -> new FigureImages.Checked(null, "找不到图片文件：" + p)), limits.maxImagesSize());
        if (checked.refusal() != null) {
            refuse(session, block, RenderProblem.Severity.ERROR, checked.refusal(), "图片未嵌入", target);
            return;
        }
        block.setAttribute("target", checked.image().dataUri(), true);
    }

    /**
     * Reports the figure at its line and puts a paragraph saying so in its place. The paragraph gets no substitutions
     * (a block made through the API has none), so its text is output as it is: the target is reduced to letters,
     * digits and {@code /._~-} first, so it carries no markup, entity or link.
     */
    private void refuse(RenderSession session, StructuralNode block, RenderProblem.Severity severity, String message,
                        String placeholder, String target) {
        Cursor at = block.getSourceLocation();
        String file = at == null || at.getPath() == null || at.getPath().isBlank() ? session.mainFile() : at.getPath();
        session.report(new RenderProblem(file, at == null || at.getLineNumber() <= 0 ? null : at.getLineNumber(),
                severity, message));
        StructuralNode parent = (StructuralNode) block.getParent();
        int index = parent.getBlocks().indexOf(block);
        if (index >= 0) {
            parent.getBlocks().set(index, createBlock(parent, "paragraph", "[" + placeholder + "：" + shown(target) + "]",
                    Map.of()));
        }
    }

    /** The folder-relative path of a figure's image, or null when the target is not one. */
    static String allowedPath(String target) {
        if (target.isBlank() || target.startsWith("/") || target.startsWith("~") || target.indexOf('\\') >= 0
                || SCHEME.matcher(target).find() || target.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        String normal = target.replaceAll("(^|/)\\./", "$1");
        for (String segment : normal.split("/")) {
            if (segment.equals("..") || segment.isEmpty()) {
                return null;
            }
        }
        return FolderAtRevision.isInside(normal) ? normal : null;
    }

    /** The target reduced to what is safe to show in a message. */
    private static String shown(String target) {
        String s = target.length() > 80 ? target.substring(0, 80) + "…" : target;
        return s.replaceAll("[^\\p{L}\\p{N}/._~-]", "?");
    }
}
