package cn.guifanku.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What one render knows and finds: the files it may read, the includes it has followed and the
 * problems reported so far. Problems are kept once each: the header, HTML and PDF passes parse the
 * same source and would otherwise report the same finding three times.
 */
final class RenderSession implements AutoCloseable {

    private final String id;
    private final SourceFiles files;
    private final String mainFile;
    private final Runnable onClose;
    private final Set<RenderProblem> problems = new LinkedHashSet<>();
    /** Included file → the file that first included it, to measure depth and find cycles. */
    private final Map<String, String> includedBy = new HashMap<>();
    private int includeCount;
    private long includedBytes;
    /** The figures' images read so far, each once for the three passes; their bytes together. */
    private final Map<String, FigureImages.Checked> figures = new HashMap<>();
    private long figureBytes;

    RenderSession(String id, SourceFiles files, String mainFile, Runnable onClose) {
        this.id = id;
        this.files = files;
        this.mainFile = mainFile;
        this.onClose = onClose;
    }

    String id() {
        return id;
    }

    SourceFiles files() {
        return files;
    }

    /** The folder-relative path of the file being rendered: {@link SourceFiles#MAIN} for a standard. */
    String mainFile() {
        return mainFile;
    }

    synchronized void report(RenderProblem problem) {
        problems.add(problem);
    }

    synchronized void reportAll(List<RenderProblem> found) {
        problems.addAll(found);
    }

    synchronized List<RenderProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == RenderProblem.Severity.WARNING).toList();
    }

    synchronized List<RenderProblem> errors() {
        return problems.stream().filter(p -> p.severity() == RenderProblem.Severity.ERROR).toList();
    }

    /** Errors first, then warnings, so a report leads with what blocks publication. */
    synchronized void throwIfErrors() {
        List<RenderProblem> errors = errors();
        if (!errors.isEmpty()) {
            List<RenderProblem> all = new ArrayList<>(errors);
            all.addAll(warnings());
            throw new RenderFailedException(files.label(), all);
        }
    }

    /** The chain of files from {@code file} up to the main document (file first). */
    synchronized List<String> ancestry(String file) {
        List<String> chain = new ArrayList<>();
        for (String current = file; current != null && !chain.contains(current); current = includedBy.get(current)) {
            chain.add(current);
        }
        return chain;
    }

    synchronized int recordInclude(String file, String includingFile) {
        includedBy.putIfAbsent(file, includingFile);
        return ++includeCount;
    }

    /** Adds an included file's size; returns the total so far. */
    synchronized long recordIncludedBytes(long bytes) {
        includedBytes += bytes;
        return includedBytes;
    }

    /**
     * A figure's image, read and checked the first time a pass asks for it; refused once the images read so far
     * would pass {@code maxTotal} bytes together.
     */
    synchronized FigureImages.Checked figure(String path, Function<String, FigureImages.Checked> load, long maxTotal) {
        FigureImages.Checked known = figures.get(path);
        if (known != null) {
            return known;
        }
        FigureImages.Checked checked = load.apply(path);
        if (checked.image() != null && (figureBytes += checked.image().size()) > maxTotal) {
            checked = new FigureImages.Checked(null, "图片合计超过上限 " + SourceLimits.size(maxTotal) + "：" + path);
        }
        figures.put(path, checked);
        return checked;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
