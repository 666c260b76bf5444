package cn.guifanku.people;

/** Someone's seat in a committee; independent of their {@link Role}s, which hold across the application. */
public enum CommitteeFunction {
    /** 委员 */
    MEMBER,
    /** 主任委员: chairs the committee and votes like any member. */
    CHAIR,
    /** 秘书: runs the committee's work and its ballots, never votes (the schema enforces it). */
    SECRETARY;

    /** The Chinese name shown to people. */
    public String label() {
        return switch (this) {
            case MEMBER -> "委员";
            case CHAIR -> "主任委员";
            case SECRETARY -> "秘书处";
        };
    }

    /** Members and the chair vote; the secretary never does (the schema enforces it). */
    public boolean votes() {
        return this != SECRETARY;
    }
}
