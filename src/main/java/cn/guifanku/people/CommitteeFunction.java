package cn.guifanku.people;

/** Someone's seat in a committee; independent of their {@link Role}s, which hold across the application. */
enum CommitteeFunction {
    /** 委员 */
    MEMBER,
    /** 主任委员: chairs the committee and votes like any member. */
    CHAIR,
    /** 秘书: runs the committee's work and its ballots, never votes (the schema enforces it). */
    SECRETARY
}
