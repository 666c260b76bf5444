package cn.guifanku.catalog;

/** Where an edition stands today. Computed from dates, replacements and withdrawals; never stored. */
public enum EditionStatus {
    /** 现行: in force. */
    CURRENT,
    /** 即将实施: published, in force from its 实施日期. */
    UPCOMING,
    /** 被代替: a later edition or another standard replacing it is in force. */
    SUPERSEDED,
    /** 废止: the standard was withdrawn. */
    WITHDRAWN;

    /** Message key for the label (status.CURRENT = 现行 …). */
    public String messageKey() {
        return "status." + name();
    }
}
