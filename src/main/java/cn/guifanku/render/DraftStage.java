package cn.guifanku.render;

/**
 * The stage of a draft standard (GB/T 16733) as its cover and running headers show it. The 征求意见稿 and the
 * 送审稿 also ask readers for patents on their cover (GB/T 1.1—2020 and GB/T 20003.1): people comment on them;
 * the 报批稿 goes to the approving body and does not.
 */
public enum DraftStage {
    /** 征求意见稿: the draft sent out for comments. */
    COMMENT_DRAFT("征求意见稿", true),
    /** 送审稿: the draft the committee reviews (and votes on). */
    REVIEW_DRAFT("送审稿", true),
    /** 报批稿: the draft submitted for approval. */
    APPROVAL_DRAFT("报批稿", false);

    private final String label;
    private final boolean requestsPatents;

    DraftStage(String label, boolean requestsPatents) {
        this.label = label;
        this.requestsPatents = requestsPatents;
    }

    /** The Chinese name, for example {@code 征求意见稿}; printed in full-width parentheses on the cover and in headers. */
    public String label() {
        return label;
    }

    /** Whether the cover carries the patent request “在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。”. */
    public boolean requestsPatents() {
        return requestsPatents;
    }
}
