package cn.guifanku.terms;

import java.util.List;

/** A term of the system and every definition of it; {@code conflicting} when the definitions differ. */
record TermRow(String term, String english, List<Definition> definitions, boolean conflicting) {

    /** A definition in one edition: the standard's number and title, the clause, a link to it. */
    record Definition(String number, String title, String clause, String definition, List<String> notes,
                      String source, String slug, String url) {
    }
}
