package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.DraftingRules;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.StandardRenderer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a draft may leave 起草: the drafting rules of GB/T 1.1—2020 (elements, numbering, fixed wording, citations,
 * 必须, annexes, dates: {@link DraftingRules}) find no error, it renders without errors, and its 编制说明 exists.
 * Every finding carries file, line and severity; warnings are shown but do not block. Other features add their own
 * findings through {@link DraftAdvisor}s.
 */
@Component
public class DraftCheck {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final DraftingRules rules;
    private final ObjectProvider<DraftAdvisor> advisors;

    DraftCheck(ContentRepository content, StandardRenderer renderer, DraftingRules rules,
               ObjectProvider<DraftAdvisor> advisors) {
        this.content = content;
        this.renderer = renderer;
        this.rules = rules;
        this.advisors = advisors;
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
            RenderedStandard rendered = renderer.render(files);
            problems.addAll(rendered.warnings());
            advisors.orderedStream().forEach(a -> problems.addAll(a.advise(p, files, rendered.html())));
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
