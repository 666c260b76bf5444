package cn.guifanku.search;

/** One clause of a rendered standard: its anchor in the HTML, its number (may be empty), title and own text. */
record Clause(String anchor, String number, String title, String text) {
}
