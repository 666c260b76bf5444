package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.security.Actor;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the draft page shows around the text, for every controller answering with it (the editor, the Word import):
 * the revisions, whether the user may edit, how to work on the draft with git, the catalog's facts, and a check's
 * findings with its verdict.
 */
@Component
class DraftPageModel {

    static final String VIEW = "proposal/draft";
    private static final String ROOT = "gitRoot";

    private final Drafts drafts;
    private final DraftSuggestions suggestions;

    DraftPageModel(Drafts drafts, DraftSuggestions suggestions) {
        this.drafts = drafts;
        this.suggestions = suggestions;
    }

    /** The site's root, read in the request's thread (a page finished on a worker thread is given it). */
    static String root() {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** The draft page with the main file at a revision, made off the request thread with the root read before. */
    ModelAndView page(Proposal p, Actor actor, String revision, String root) {
        ModelAndView mav = new ModelAndView(VIEW);
        mav.addObject(ROOT, root);
        fill(mav.getModelMap(), p, actor, Drafts.STANDARD, drafts.read(p, Drafts.STANDARD, revision).text(), revision);
        return mav;
    }

    /** A check's findings on the page, and its verdict above them: passed, or how many errors block sending out. */
    static void checked(ModelAndView mav, List<DraftFacts.Finding> found) {
        mav.addObject("findings", found.stream().map(ProposalDecisions.ProblemLine::of).toList());
        long errors = found.stream().filter(x -> x.problem().severity() == cn.guifanku.render.RenderProblem.Severity.ERROR).count();
        if (errors == 0) {
            mav.addObject("done", "flash.checked");
        } else {
            mav.addObject("problem", "草案有 " + errors + " 个错误需要修改后才能提交征求意见" + (found.size() > errors
                    ? "，另有 " + (found.size() - errors) + " 条提示：" : "："));
        }
    }

    void fill(Map<String, Object> model, Proposal p, Actor actor, String file, String text, String revision) {
        model.put("p", p);
        model.put("file", file);
        model.put("text", text);
        model.put("revision", revision);
        model.put("revisions", drafts.history(p).stream().limit(30).toList());
        model.put("canEdit", actor.isSignedIn() && p.isProposer(actor.username())
                && (p.stage() == Stage.DRAFTING || p.stage() == Stage.DISPOSITION));
        model.put("files", List.of(Drafts.STANDARD, Drafts.NOTE));
        // How to work on this draft with git (the root is read in the request's thread: pages finished on a worker
        // thread have it in the model already).
        String root = (String) model.computeIfAbsent(ROOT, k -> root());
        model.put("gitCommands", gitCommands(ProposalApiController.GitJson.of(p, root), actor));
        // What the catalog says the header and 前言 should say, with the change to accept (fast: no rendering);
        // shown while the editor looks at the latest revision of the standard and no full check is on the page.
        boolean latest = Drafts.STANDARD.equals(file) && revision != null && revision.equals(drafts.head(p));
        model.putIfAbsent("facts", latest && Boolean.TRUE.equals(model.get("canEdit"))
                ? suggestions.open(p).stream().map(ProposalDecisions.ProblemLine::of).toList() : List.of());
    }

    private static String gitCommands(ProposalApiController.GitJson git, Actor actor) {
        String user = actor.isSignedIn() ? actor.username() : "";
        return "git clone " + git.signedInCloneUrl() + " standards\n"
                + "cd standards\n"
                + "git switch " + git.branch() + "\n"
                + "git config user.name " + user + "\n"
                + "git config user.email " + user + "@users.guifanku.invalid\n"
                + "# 修改 " + git.folder() + "/ 下的文件，然后：\n"
                + "git commit -am \"修改说明\"\n"
                + "git push";
    }
}
