package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.DraftFacts.Finding;
import cn.guifanku.render.DraftStage;
import cn.guifanku.render.DraftingRules;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderMessages;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderedStandard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether a draft may leave 起草: the drafting rules of GB/T 1.1—2020 ({@link DraftingRules}) find no error, its header
 * and 前言 agree with the catalog ({@link DraftFacts}: 代替, history, number — each with the wording that would be
 * right), it renders as a draft without errors, and its 编制说明 exists. Every finding carries file, line and
 * severity, once; warnings are shown but do not block. Other features add their own findings through
 * {@link DraftAdvisor}s.
 */
@Component
public class DraftCheck {

    private final ContentRepository content;
    private final DraftingRules rules;
    private final ObjectProvider<DraftAdvisor> advisors;
    private final DraftRendering rendering;
    private final RecordFacts facts;

    DraftCheck(ContentRepository content, DraftingRules rules, ObjectProvider<DraftAdvisor> advisors,
               DraftRendering rendering, RecordFacts facts) {
        this.content = content;
        this.rules = rules;
        this.advisors = advisors;
        this.rendering = rendering;
        this.facts = facts;
    }

    /** A check's outcome: the findings (errors first), and the draft as rendered at its stage (null when it does not render). */
    public record Report(List<Finding> findings, RenderedStandard rendered) {

        public List<RenderProblem> problems() {
            return findings.stream().map(Finding::problem).toList();
        }

        public List<RenderProblem> errors() {
            return problems().stream().filter(p -> p.severity() == RenderProblem.Severity.ERROR).toList();
        }
    }

    /** Checks the draft at a revision, rendering it as the draft at {@code stage}. */
    public Report run(Proposal p, String revision, DraftStage stage) {
        FolderAtRevision files = new FolderAtRevision(content, revision, p.folder());
        List<Finding> found = new ArrayList<>();
        rules.check(files).forEach(x -> found.add(Finding.of(x)));
        found.addAll(facts.checkRevision(p, revision));
        if (files.read(Drafts.NOTE).map(String::isBlank).orElse(true)) {
            found.add(Finding.of(new RenderProblem(Drafts.NOTE, null, RenderProblem.Severity.ERROR, "缺少编制说明")));
        }
        RenderedStandard rendered = null;
        try {
            rendered = rendering.render(p, files, stage, rendering.dateOf(p, revision));
            rendered.warnings().forEach(x -> found.add(Finding.of(x)));
            byte[] html = rendered.html();
            advisors.orderedStream().forEach(a -> a.advise(p, files, html).forEach(x -> found.add(Finding.of(x))));
        } catch (RenderFailedException e) {
            e.problems().forEach(x -> found.add(Finding.of(x)));
        }
        return new Report(once(found), rendered);
    }

    /** Every finding at the draft's present stage, errors first. */
    public List<RenderProblem> findings(Proposal p, String revision) {
        return run(p, revision, DraftRendering.stageOf(p)).problems();
    }

    /** The errors only: what blocks sending the draft out. */
    public List<RenderProblem> check(Proposal p, String revision) {
        return findings(p, revision).stream().filter(x -> x.severity() == RenderProblem.Severity.ERROR).toList();
    }

    /** Where the header and 前言 disagree with the catalog as it reads now (fast: no rendering). */
    List<Finding> facts(Proposal p, String revision) {
        return facts.checkRevision(p, revision);
    }

    /**
     * Each problem once, errors first then in file and line order: the renderer reports some of what the drafting
     * rules report too (a skipped heading level, a reference to nothing); the rules' own words are kept.
     */
    static List<Finding> once(List<Finding> found) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : found) {
            RenderProblem x = f.problem();
            unique.putIfAbsent(x.file() + ":" + x.line() + ":" + x.message(), f);
        }
        List<Finding> kept = new ArrayList<>(unique.values());
        kept.removeIf(f -> RenderMessages.coveredByRules(f.problem()) && kept.stream().anyMatch(o -> o != f
                && o.problem().line() != null && o.problem().line().equals(f.problem().line())
                && o.problem().file().equals(f.problem().file()) && !RenderMessages.fromRenderer(o.problem())));
        kept.sort(Comparator.comparing((Finding f) -> f.problem().severity() != RenderProblem.Severity.ERROR)
                .thenComparing(f -> f.problem().file())
                .thenComparing(f -> f.problem().line() == null ? 0 : f.problem().line()));
        return List.copyOf(kept);
    }
}
