package cn.guifanku.proposal;

import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.StandardRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

import cn.guifanku.render.Clauses;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The changes of a draft against the edition it revises, as a reader sees them: clause by clause of the rendered
 * text (not source lines), matched by clause title so renumbering does not hide them, with deleted and inserted
 * words marked. Sentences are compared first, then the characters of changed sentences.
 */
@Component
public class Redline {

    private final Catalog catalog;
    private final ArtifactStore store;
    private final ContentRepository content;
    private final StandardRenderer renderer;

    Redline(Catalog catalog, ArtifactStore store, ContentRepository content, StandardRenderer renderer) {
        this.catalog = catalog;
        this.store = store;
        this.content = content;
        this.renderer = renderer;
    }

    /**
     * One clause: its number before and after, whether it changed ({@code same}, {@code changed}, {@code added},
     * {@code removed}), and the marked-up text (safe HTML: escaped text with {@code ins} and {@code del}).
     */
    public record Clause(String title, String before, String after, String change, String html) {
    }

    /** The draft at a revision against the edition it revises, clause by clause (renders the draft: seconds). */
    public List<Clause> compare(Proposal p, String revision) {
        Map<String, String[]> old = p.revisesEdition() == null ? Map.of() : clauses(published(p));
        Map<String, String[]> now = clauses(new String(renderer.renderHtml(new FolderAtRevision(content, revision, p.folder())),
                StandardCharsets.UTF_8));
        List<Clause> result = new ArrayList<>();
        now.forEach((title, n) -> {
            String[] o = old.get(title);
            if (o == null) {
                result.add(new Clause(title, null, n[0], "added", "<ins>" + esc(n[1]) + "</ins>"));
            } else if (o[1].equals(n[1])) {
                result.add(new Clause(title, o[0], n[0], "same", esc(n[1])));
            } else {
                result.add(new Clause(title, o[0], n[0], "changed", marked(o[1], n[1])));
            }
        });
        old.forEach((title, o) -> {
            if (!now.containsKey(title)) {
                result.add(new Clause(title, o[0], null, "removed", "<del>" + esc(o[1]) + "</del>"));
            }
        });
        return result;
    }

    private String published(Proposal p) {
        return catalog.edition(p.targetSlug(), p.revisesEdition()).flatMap(e -> store.find(e.published().html().sha256()))
                .map(path -> {
                    try {
                        return Files.readString(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse("<html></html>");
    }

    /** Clause title (without its number) → {number, text of the clause itself, not of its sub-clauses}. */
    static Map<String, String[]> clauses(String html) {
        Map<String, String[]> result = new LinkedHashMap<>();
        for (cn.guifanku.render.Clause clause : Clauses.of(Jsoup.parse(html))) {
            result.putIfAbsent(clause.title(), new String[] {clause.number(), clause.text()});
        }
        return result;
    }

    static String marked(String before, String after) {
        List<String> a = sentences(before);
        List<String> b = sentences(after);
        RawText x = new RawText(String.join("\n", a).getBytes(StandardCharsets.UTF_8));
        RawText y = new RawText(String.join("\n", b).getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (Edit edit : DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(RawTextComparator.DEFAULT, x, y)) {
            while (i < edit.getBeginB()) {
                out.append(esc(b.get(i++)));
            }
            String removed = String.join("", a.subList(edit.getBeginA(), edit.getEndA()));
            String added = String.join("", b.subList(edit.getBeginB(), edit.getEndB()));
            out.append(characters(removed, added));
            i = edit.getEndB();
        }
        while (i < b.size()) {
            out.append(esc(b.get(i++)));
        }
        return out.toString();
    }

    /** Character-level marks for a changed passage (short ones; long ones are shown as replaced whole). */
    static String characters(String removed, String added) {
        if (removed.isEmpty() || added.isEmpty() || (long) removed.length() * added.length() > 250_000) {
            return (removed.isEmpty() ? "" : "<del>" + esc(removed) + "</del>") + (added.isEmpty() ? "" : "<ins>" + esc(added) + "</ins>");
        }
        int[][] lcs = new int[removed.length() + 1][added.length() + 1];
        for (int r = removed.length() - 1; r >= 0; r--) {
            for (int c = added.length() - 1; c >= 0; c--) {
                lcs[r][c] = removed.charAt(r) == added.charAt(c) ? lcs[r + 1][c + 1] + 1 : Math.max(lcs[r + 1][c], lcs[r][c + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int r = 0;
        int c = 0;
        while (r < removed.length() || c < added.length()) {
            if (r < removed.length() && c < added.length() && removed.charAt(r) == added.charAt(c)) {
                out.append(esc(String.valueOf(removed.charAt(r))));
                r++;
                c++;
            } else if (c < added.length() && (r == removed.length() || lcs[r][c + 1] >= lcs[r + 1][c])) {
                out.append("<ins>").append(esc(String.valueOf(added.charAt(c++)))).append("</ins>");
            } else {
                out.append("<del>").append(esc(String.valueOf(removed.charAt(r++)))).append("</del>");
            }
        }
        return out.toString().replace("</ins><ins>", "").replace("</del><del>", "");
    }

    private static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String s : text.split("(?<=[。；！？;!?])")) {
            if (!s.isEmpty()) {
                result.add(s.replace("\n", " "));
            }
        }
        return result;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
