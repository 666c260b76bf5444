package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.StandardRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Whether a draft may leave 起草: it renders without errors, its header has the metadata, the GB/T 1.1—2020
 * elements are there (前言, 范围, 规范性引用文件, 术语和定义), and its 编制说明 exists. Problems carry file and line.
 */
@Component
public class DraftCheck {

    private static final List<String> REQUIRED = List.of("前言", "范围", "规范性引用文件", "术语和定义");
    private static final Pattern HEADING = Pattern.compile("^==\\s+(.+?)\\s*$");

    private final ContentRepository content;
    private final StandardRenderer renderer;

    DraftCheck(ContentRepository content, StandardRenderer renderer) {
        this.content = content;
        this.renderer = renderer;
    }

    public List<RenderProblem> check(Proposal p, String revision) {
        List<RenderProblem> problems = new ArrayList<>();
        FolderAtRevision files = new FolderAtRevision(content, revision, p.folder());
        String text = files.read(Drafts.STANDARD).orElse("");
        List<String> headings = text.lines().map(HEADING::matcher).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).toList();
        for (String element : REQUIRED) {
            if (!headings.contains(element)) {
                problems.add(new RenderProblem(Drafts.STANDARD, null, RenderProblem.Severity.ERROR,
                        "缺少 GB/T 1.1—2020 规定的要素“" + element + "”（二级标题 == " + element + "）"));
            }
        }
        if (files.read(Drafts.NOTE).map(String::isBlank).orElse(true)) {
            problems.add(new RenderProblem(Drafts.NOTE, null, RenderProblem.Severity.ERROR, "缺少编制说明"));
        }
        try {
            problems.addAll(renderer.render(files).warnings().stream()
                    .filter(w -> w.severity() == RenderProblem.Severity.ERROR).toList());
        } catch (RenderFailedException e) {
            problems.addAll(e.problems());
        }
        return problems;
    }
}
