package cn.guifanku.security;

/**
 * The proposal an endpoint's {@code {id}} is replaced with. Shared ones serve reads and writes that cannot change
 * them for later rows; FRESH ones are created for their row alone, because an allowed call may move them on.
 */
enum Fixture {
    /** No proposal in the path. */
    NONE(false),
    /** editor1's proposal in 起草: confidential. */
    DRAFT(true),
    /** A new proposal of editor1 for this row only, in 起草. */
    FRESH_DRAFT(true),
    /** A new proposal of editor1 for this row only, waiting for 立项审查. */
    FRESH_PROPOSED(true),
    /** editor1's proposal in 征求意见, with one comment: public. */
    COMMENTING(false),
    /** A new proposal of editor1 for this row only, in 征求意见, with one comment of the reader's. */
    FRESH_COMMENTING(false),
    /** editor1's proposal in 审查投票, round open. */
    BALLOT(false),
    /** A new proposal of editor1 for this row only, in 审查投票. */
    FRESH_BALLOT(false);

    private final boolean confidential;

    Fixture(boolean confidential) {
        this.confidential = confidential;
    }

    boolean confidential() {
        return confidential;
    }
}
