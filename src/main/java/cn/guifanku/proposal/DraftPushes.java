package cn.guifanku.proposal;

import cn.guifanku.content.Author;
import cn.guifanku.content.ConcurrentEditException;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.GitGate;
import cn.guifanku.content.PushVerdict;
import cn.guifanku.content.PushedUpdate;
import cn.guifanku.process.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.web.ProblemMessages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Git over HTTP for drafts: who sees which draft branch (the proposal's visibility rules), and a push as a save. A push
 * is accepted only to {@code draft/<id>} of the pusher's own proposal while it accepts edits, as a fast-forward of
 * the branch head, with commits that touch only the proposal's folder, whose author and committer are the pusher as
 * the application writes them ({@code <username> <username@users.guifanku.invalid>}: a mismatch is refused, never
 * rewritten, so the commit ids the client has stay true), and whose files pass the same text rule as a save from the
 * page ({@link DraftText}, {@link Drafts#MAX_FILES}, {@link Drafts#MAX_FOLDER_MB}). It is then one save: the branch
 * moves through {@link ContentRepository#advanceBranch} (on several nodes, the Git server first) and the proposal's
 * history gets one {@link DraftSaved}, in one transaction, with the branch set back if that transaction fails.
 */
@Component
class DraftPushes implements GitGate {

    private static final String DRAFTS = "refs/heads/draft/";
    private static final Set<Stage> EDITABLE = Set.of(Stage.DRAFTING, Stage.DISPOSITION);

    private final ProposalRepository proposals;
    private final ContentRepository content;
    private final ProposalHistory history;
    private final ProblemMessages messages;
    private final org.springframework.context.MessageSource stages;
    private final Clock clock;
    private final DraftCheck check;

    DraftPushes(ProposalRepository proposals, ContentRepository content, ProposalHistory history,
                ProblemMessages messages, org.springframework.context.MessageSource stages, Clock clock,
                DraftCheck check) {
        this.stages = stages;
        this.check = check;
        this.proposals = proposals;
        this.content = content;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean mayFetch(String refName) {
        if (PUBLIC_REFS.matcher(refName).matches()) {
            return true;
        }
        if (!refName.startsWith(DRAFTS)) {
            return false; // withdrawn/<id> tags point at draft heads; other branches are nobody's business
        }
        Actor actor = actor();
        return actor.isSignedIn() && proposals.find(refName.substring(DRAFTS.length()))
                .filter(p -> p.branch().equals(refName.substring("refs/heads/".length())))
                .filter(p -> ProposalAccess.maySee(p, actor)).isPresent();
    }

    @Override
    @Transactional
    public PushVerdict push(PushedUpdate update) {
        Actor actor = actor();
        String ref = update.refName();
        if (ref.equals("refs/heads/" + ContentRepository.MAIN)) {
            return PushVerdict.refused("不能推送到 main：标准的正式文本只在批准后由发布合入。请推送到你的草稿分支 draft/<提案编号>。");
        }
        if (ref.startsWith("refs/tags/")) {
            return PushVerdict.refused("不能推送标签：版本标签只在发布时由系统创建。");
        }
        Optional<Proposal> found = ref.startsWith(DRAFTS) ? proposals.lock(ref.substring(DRAFTS.length()))
                .filter(p -> p.branch().equals(ref.substring("refs/heads/".length()))) : Optional.empty();
        if (found.isEmpty() || !actor.isSignedIn() || !found.get().isProposer(actor.username())) {
            return PushVerdict.refused("只能推送到你自己提案的草稿分支 draft/<提案编号>，不能新建分支或推送到他人的草稿。");
        }
        Proposal p = found.get();
        if (!EDITABLE.contains(p.stage())) {
            return PushVerdict.refused("提案 " + p.id() + " 当前处于“" + stages.getMessage(p.stage().messageKey(), null, p.stage().name(), Locale.SIMPLIFIED_CHINESE)
                    + "”阶段，草稿不接受修改（只在起草和意见处理阶段可以推送）。");
        }
        switch (update.kind()) {
            case DELETE:
                return PushVerdict.refused("不能删除草稿分支。");
            case CREATE:
                return PushVerdict.refused("草稿分支已存在，不能新建分支。");
            case NON_FAST_FORWARD:
                return PushVerdict.refused("不接受强制推送：推送必须在草稿的最新修订之上（先 git pull --rebase，再推送）。");
            default:
                break;
        }
        String head = content.resolve(p.branch()).orElse(null);
        if (head == null || !head.equals(update.oldId())) {
            return PushVerdict.refused("草稿已有更新的修订（可能刚在网页上保存过）：请先 git pull --rebase，再推送。");
        }
        Optional<String> refusal = refusal(p, update, actor);
        if (refusal.isPresent()) {
            return PushVerdict.refused(refusal.get());
        }
        try {
            content.advanceBranch(p.branch(), head, update.newId());
        } catch (ConcurrentEditException e) {
            return PushVerdict.refused("草稿已有更新的修订：请先 git pull --rebase，再推送。");
        }
        Drafts.undoOnRollback(content, p, update.newId(), head);
        PushedUpdate.PushedCommit tip = update.commits().get(update.commits().size() - 1);
        history.record(new DraftSaved(UUID.randomUUID(), p.id(), actor.username(), clock.instant(),
                files(p, update), update.newId(), "git push：" + firstLine(tip.message())));
        return PushVerdict.accepted(List.of("已保存为草稿 " + p.id() + " 的修订 " + update.newId().substring(0, 7)
                + "（" + update.commits().size() + " 个提交）。"));
    }

    /** Findings listed after a push at most; the draft page has them all. */
    static final int MAX_NOTES = 30;

    /**
     * The draft check on the pushed revision, as the page's 检查 runs it (drafting rules, the catalog's facts, a render
     * as a draft), with file and line: it informs and never refuses; 提交征求意见 is where it binds.
     */
    @Override
    public List<String> afterPush(PushedUpdate update) {
        Optional<Proposal> found = proposals.find(update.refName().substring(DRAFTS.length()));
        if (found.isEmpty() || update.newId() == null) {
            return List.of();
        }
        Proposal p = found.get();
        List<ProposalDecisions.ProblemLine> lines;
        try {
            lines = check.run(p, update.newId(), DraftRendering.stageOf(p)).findings().stream()
                    .map(ProposalDecisions.ProblemLine::of).toList();
        } catch (RuntimeException e) {
            return List.of("草稿检查未能完成（" + e.getClass().getSimpleName() + "），请在草稿页上点“检查”。");
        }
        long errors = lines.stream().filter(l -> "ERROR".equals(l.level())).count();
        List<String> notes = new ArrayList<>();
        notes.add(lines.isEmpty() ? "草稿检查：没有发现问题。"
                : "草稿检查：" + errors + " 个错误，" + (lines.size() - errors) + " 个提示（错误须在提交征求意见前改正）：");
        lines.stream().limit(MAX_NOTES).forEach(l -> notes.add("  " + l.file() + (l.line() == null ? "" : ":" + l.line())
                + " " + l.severity() + " " + l.message()));
        if (lines.size() > MAX_NOTES) {
            notes.add("  ……另有 " + (lines.size() - MAX_NOTES) + " 条，见草稿页。");
        }
        return notes;
    }

    /** Why the pushed commits cannot be saved, if they cannot. */
    private Optional<String> refusal(Proposal p, PushedUpdate update, Actor actor) {
        if (update.commits().isEmpty()) {
            return Optional.of("推送中没有新的提交。");
        }
        if (update.tooMany()) {
            return Optional.of("一次推送至多 " + PushedUpdate.MAX_COMMITS + " 个提交，请分几次推送。");
        }
        Author expected = Proposals.author(actor);
        String prefix = p.folder() + "/";
        for (PushedUpdate.PushedCommit commit : update.commits()) {
            String id = commit.id().substring(0, 7);
            if (commit.parents() != 1) {
                return Optional.of("提交 " + id + " 是合并提交：草稿的修订是一条直线，请用 git rebase 代替 merge。");
            }
            if (!expected.equals(commit.author()) || !expected.equals(commit.committer())) {
                return Optional.of("提交 " + id + " 的作者或提交者是“" + commit.author().name() + " <" + commit.author().email()
                        + ">”，应为“" + expected.name() + " <" + expected.email() + ">”（作者信息合入后公开，不使用私人地址）："
                        + "请执行 git config user.name " + expected.name() + " 和 git config user.email " + expected.email()
                        + "，再用 git commit --amend --reset-author 或 git rebase 重写这些提交。");
            }
            if (commit.message().strip().length() > Drafts.MAX_MESSAGE) {
                return Optional.of("提交 " + id + " 的说明超过 " + Drafts.MAX_MESSAGE + " 个字。");
            }
            for (String path : commit.changedPaths()) {
                if (!path.startsWith(prefix)) {
                    return Optional.of("提交 " + id + " 改动了 " + path + "：推送只能改动本提案的文件夹 " + p.folder() + "/。");
                }
                Optional<String> text = textRefusal(commit.id(), path, prefix);
                if (text.isPresent()) {
                    return Optional.of("提交 " + id + "：" + text.get());
                }
            }
        }
        List<String> files = content.listFiles(update.newId(), p.folder());
        long bytes = files.stream().mapToLong(f -> content.readFile(update.newId(), prefix + f).map(b -> b.length).orElse(0)).sum();
        if (files.size() > Drafts.MAX_FILES || bytes > Drafts.MAX_FOLDER_MB * 1024L * 1024) {
            return Optional.of("草稿至多 " + Drafts.MAX_FILES + " 个文件、合计 " + Drafts.MAX_FOLDER_MB + " MB，推送后超过了。");
        }
        if (!files.contains(Drafts.STANDARD)) {
            return Optional.of("推送后草稿中没有 " + Drafts.STANDARD + "：标准正文不能删除。");
        }
        return Optional.empty();
    }

    /** A changed file of the draft against the text rule of every save (a removed file needs none). */
    private Optional<String> textRefusal(String commit, String path, String prefix) {
        String name = path.substring(prefix.length());
        try {
            Drafts.checkName(name);
            content.readFile(commit, path).ifPresent(bytes -> DraftText.decode(name, bytes));
            return Optional.empty();
        } catch (ErrorResponseException e) {
            return Optional.of(messages.text(e, Locale.SIMPLIFIED_CHINESE));
        }
    }

    private String files(Proposal p, PushedUpdate update) {
        Set<String> names = new LinkedHashSet<>();
        update.commits().forEach(c -> c.changedPaths().forEach(path -> names.add(path.substring(p.folder().length() + 1))));
        String joined = String.join(",", names);
        return joined.length() > 200 ? joined.substring(0, 200) : joined;
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > Drafts.MAX_MESSAGE ? line.substring(0, Drafts.MAX_MESSAGE) : line;
    }

    private static Actor actor() {
        return Actor.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
