package cn.guifanku.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may use an endpoint, as the authorization matrix checks it. {@link #SEES_PROPOSAL} depends on the proposal: a
 * draft before 征求意见 is confidential (its proposer, the secretariat, the chair and administrators), later public.
 */
enum AccessRule {
    /** Anyone, signed in or not. */
    PUBLIC(EnumSet.allOf(Who.class)),
    /** Anyone signed in. */
    SIGNED_IN(EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS))),
    /** Whoever may see the proposal: everyone once it is in comment; before, only those below. */
    SEES_PROPOSAL(EnumSet.of(Who.PROPOSER, Who.SECRETARIAT, Who.CHAIR, Who.ADMIN)),
    /** Holders of the editor role (起草人), who may propose. */
    EDITOR(EnumSet.of(Who.EDITOR, Who.PROPOSER, Who.NON_MEMBER)),
    /** Only the proposer of this proposal. */
    PROPOSER(EnumSet.of(Who.PROPOSER)),
    /** The committee's voting members in the open round, never the proposer. */
    VOTER(EnumSet.of(Who.MEMBER, Who.CHAIR)),
    /** Those who run a ballot: named votes. */
    BALLOT_OFFICERS(EnumSet.of(Who.SECRETARIAT, Who.CHAIR, Who.ADMIN)),
    /** The secretariat (秘书处) only: administrators run the system, not the committee's procedure. */
    SECRETARIAT(EnumSet.of(Who.SECRETARIAT)),
    /** The chair (主任委员) only, and never on their own proposal. */
    CHAIR(EnumSet.of(Who.CHAIR)),
    /** The secretariat and administrators: the 体系表's editor, committee administration, the audit trail. */
    SECRETARIAT_OR_ADMIN(EnumSet.of(Who.SECRETARIAT, Who.ADMIN)),
    /** Administrators only. */
    ADMIN(EnumSet.of(Who.ADMIN)),
    /** The author of the fixture's comment (the reader wrote it), while the comment period is open. */
    COMMENT_AUTHOR(EnumSet.of(Who.READER)),
    /** Nobody: nothing is served there to anyone (404). */
    NOBODY(EnumSet.noneOf(Who.class));

    private final Set<Who> allowed;

    AccessRule(Set<Who> allowed) {
        this.allowed = allowed;
    }

    boolean allows(Who who, Fixture fixture) {
        if (this == SEES_PROPOSAL && !fixture.confidential()) {
            return true;
        }
        return allowed.contains(who);
    }
}
