package cn.guifanku.terms;

import java.util.List;

/**
 * One entry under 术语和定义 as a rendered standard shows it: its number (3.1), the term, its English equivalent
 * (may be empty), the definition, its notes and its source line (〔来源：…〕, may be empty), and its anchor.
 */
record TermEntry(String number, String term, String english, String definition, List<String> notes, String source,
                 String anchor) {
}
