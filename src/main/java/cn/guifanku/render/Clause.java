package cn.guifanku.render;

/**
 * One clause of a rendered standard: its anchor in the HTML, its heading as shown ("4.1　能力构成"), its number (may
 * be empty), title (a term entry's term when its heading has none) and own text (without its sub-clauses).
 */
public record Clause(String anchor, String heading, String number, String title, String text) {
}
