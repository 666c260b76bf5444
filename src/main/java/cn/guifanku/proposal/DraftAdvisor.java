package cn.guifanku.proposal;

import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.SourceFiles;
import java.util.List;

/**
 * Another feature's look at a draft when it is checked (for example the term base: a term of another standard
 * defined differently). What it finds is shown with the other findings; use warnings, which never block.
 */
public interface DraftAdvisor {

    /**
     * @param proposal the proposal whose draft is checked
     * @param draft    the draft's folder at the revision checked
     * @param html     the draft rendered as HTML (rendered once for all checks)
     */
    List<RenderProblem> advise(Proposal proposal, SourceFiles draft, byte[] html);
}
