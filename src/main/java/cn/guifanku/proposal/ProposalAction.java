package cn.guifanku.proposal;

/**
 * What happened to a proposal, as its permanent history ({@code proposal_event.action}) and the audit trail
 * ({@code process.<action>}) name it; the page shows {@code event.<ACTION>} from the bundles. Every value stays: rows
 * an earlier release wrote keep their meaning.
 */
public enum ProposalAction {
    SUBMITTED, FORMAL_CHECK_ACCEPT, FORMAL_CHECK_RETURN, FORMAL_CHECK_REJECT, RESUBMITTED, DRAFT_SAVED,
    COMMENT_PERIOD_OPENED, COMMENT_REMINDER, COMMENT_PERIOD_CLOSED, COMMENTED, DISPOSED, DISPOSITION_FINISHED,
    BALLOT_OPENED, VOTED, VOTE_CHANGED, BALLOT_CLOSED, QUORUM_EXTEND, QUORUM_FAIL, APPROVED, APPROVAL_RETURNED,
    PUBLISHED, PUBLICATION_FAILED, PUBLICATION_RETRIED, WITHDRAWN, REVIEW_CONFIRMED, STANDARD_WITHDRAWN,
    REVISION_STARTED, COMMENT_EDITED, COMMENT_WITHDRAWN,
    /** Written by earlier releases only: the stage move after a passed ballot (now the count's own row says it). */
    BALLOT_PASSED,
    /** Written by earlier releases only: the extension after the secretariat's QUORUM_EXTEND. */
    BALLOT_EXTENDED,
    /** Written by earlier releases only: the stage move after a failed ballot or the chair's return. */
    RETURNED_TO_DRAFTING,
    /** Written by earlier releases only: the stage move after the secretariat's FORMAL_CHECK_REJECT. */
    REJECTED
}
