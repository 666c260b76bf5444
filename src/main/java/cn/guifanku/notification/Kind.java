package cn.guifanku.notification;

/** What a notification is about. Each person can turn each kind off (or all of them). */
public enum Kind {
    /** A review task was created for you or for a group you belong to. */
    TASK_ASSIGNED,
    /** A draft of your committee opened for comment (with its deadline and 征求意见稿), and the reminder before it ends. */
    COMMENT_PERIOD,
    /** A ballot asks for your vote (with its deadline), and the reminder before it ends while you have not voted. */
    BALLOT,
    /** A task of yours is due within three days. */
    DEADLINE_SOON,
    /** A deadline passed: a comment period or ballot ended by its timer, or a task of yours is overdue. */
    DEADLINE_PASSED,
    /** A ballot round was counted. */
    BALLOT_RESULT,
    /** A proposal you took part in was published. */
    PUBLISHED,
    /** A standard you follow has a new edition. */
    NEW_EDITION,
    /** An edition of a standard you follow was replaced (被代替). */
    REPLACED,
    /** A standard you follow was withdrawn (废止). */
    WITHDRAWN,
    /** A draft of a standard you follow (or of its 体系表 category) opened for comment. */
    DRAFT_IN_COMMENT;

    /** Message key of the label shown on the settings page. */
    public String messageKey() {
        return "notification.kind." + name();
    }
}
