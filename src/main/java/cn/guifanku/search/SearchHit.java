package cn.guifanku.search;

import cn.guifanku.catalog.EditionStatus;

/**
 * One result: the edition (number, title, status today) and, for a clause, its number, title and a snippet. The
 * snippet and clause title are HTML with the matching words in {@code <mark>} and all else escaped; {@code url}
 * leads to the clause in the edition's HTML (or to the draft). {@code status} is null for a draft.
 */
public record SearchHit(String number, String title, EditionStatus status, String slug,
                        String edition, String clause, String clauseTitleHtml, String snippetHtml, String url,
                        boolean draft) {

    /** Withdrawn (废止) or replaced (被代替): marked so in every list. */
    public boolean obsolete() {
        return status == EditionStatus.WITHDRAWN || status == EditionStatus.SUPERSEDED;
    }
}
