package cn.guifanku.terms;

import java.util.List;

/**
 * A term of the system and its definitions, one per standard (a later edition of the same standard that defines it
 * otherwise adds its own); {@code conflicting} when two standards define it differently, each in its own words (a
 * definition that names its source, 〔来源：…〕 or 〔来源：…，有修改〕, is an adoption, never a conflict).
 */
record TermRow(String term, String english, List<Definition> definitions, boolean conflicting) {

    /**
     * A definition in one edition: the standard's number and title, the clause, a link to it; {@code alsoIn} the other
     * editions of the same standard (in force or upcoming) that define it alike.
     */
    record Definition(String number, String title, String clause, String definition, List<String> notes,
                      String source, String slug, String url, List<String> alsoIn) {
    }
}
