package cn.guifanku.system;

/** A category of the 标准体系表: its 体系编号 (for example {@code 1.1}) and name (for example 术语与标识). */
public record Category(String code, String name) {
}
