package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.DraftingRules;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.StandardRenderer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether a draft may leave 起草: the drafting rules of GB/T 1.1—2020 (elements, numbering, fixed wording, citations,
 * 必须, annexes, dates: {@link DraftingRules}) find no error, it renders without errors, and its 编制说明 exists.
 * Every finding carries file, line and severity; warnings are shown but do not block.
 */
@Component
public class DraftCheck {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final DraftingRules rules;

    DraftCheck(ContentRepository content, StandardRenderer renderer, DraftingRules rules) {
        this.content = content;
        this.renderer = renderer;
        this.rules = rules;
    }

    /** Every finding, errors first. */
    public List<RenderProblem> findings(Proposal p, String revision) {
        List<RenderProblem> problems = new ArrayList<>();
        FolderAtRevision files = new FolderAtRevision(content, revision, p.folder());
        problems.addAll(rules.check(files));
        if (files.read(Drafts.NOTE).map(String::isBlank).orElse(true)) {
            problems.add(new RenderProblem(Drafts.NOTE, null, RenderProblem.Severity.ERROR, "缺少编制说明"));
        }
        try {
            problems.addAll(renderer.render(files).warnings());
        } catch (RenderFailedException e) {
            problems.addAll(e.problems());
        }
        problems.sort(java.util.Comparator.comparing((RenderProblem x) -> x.severity() != RenderProblem.Severity.ERROR));
        return problems;
    }

    /** The errors only: what blocks sending the draft out. */
    public List<RenderProblem> check(Proposal p, String revision) {
        return findings(p, revision).stream().filter(x -> x.severity() == RenderProblem.Severity.ERROR).toList();
    }
}
