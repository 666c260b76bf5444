package cn.guifanku.content;

/** Who made a commit or tag, as Git records it. */
public record Author(String name, String email) {
}
