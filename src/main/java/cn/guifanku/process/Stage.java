package cn.guifanku.process;

import java.util.Set;

/** Where a proposal stands in the review (GB/T 16733 stages as this committee runs them). */
public enum Stage {
    /** 立项审查: waiting for the secretariat's formal check. */
    PROPOSED,
    /** 退回修改: returned at the formal check for the proposer to revise. */
    RETURNED,
    /** 起草: the editors are drafting. */
    DRAFTING,
    /** 征求意见: the 征求意见稿 is public and open for comments. */
    COMMENTING,
    /** 意见处理: the editor disposes of every comment. */
    DISPOSITION,
    /** 审查投票: the committee votes on the 送审稿. */
    BALLOT,
    /** 批准: waiting for the chair. */
    APPROVAL,
    /** 发布: being published. */
    PUBLISHING,
    /** 发布失败: publication ran out of retries; the secretariat may retry. */
    PUBLICATION_FAILED,
    /** 已发布. */
    PUBLISHED,
    /** 不予立项. */
    REJECTED,
    /** 已撤回. */
    WITHDRAWN;

    private static final Set<Stage> CONFIDENTIAL = Set.of(PROPOSED, RETURNED, DRAFTING);
    private static final Set<Stage> CLOSED = Set.of(PUBLISHED, REJECTED, WITHDRAWN);

    /** Before the comment period a draft is seen only by its editors, the secretariat and the chair. */
    public boolean isConfidential() {
        return CONFIDENTIAL.contains(this);
    }

    /** Whether the proposal is still running (a standard can have only one running revision). */
    public boolean isOpen() {
        return !CLOSED.contains(this);
    }

    public String messageKey() {
        return "stage." + name();
    }
}
