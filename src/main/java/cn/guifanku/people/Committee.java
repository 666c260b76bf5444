package cn.guifanku.people;

/**
 * A standardisation technical committee (标准化技术委员会), which owns standards and reviews their drafts.
 *
 * @param id   stable id stored with standards and proposals, e.g. {@code tc389}
 * @param name 全国图书馆标准化技术委员会
 * @param code SAC/TC 389
 */
public record Committee(String id, String name, String code) {

    /** The committee every installation starts with (created by the V2 migration). */
    public static final String DEFAULT_ID = "tc389";
}
