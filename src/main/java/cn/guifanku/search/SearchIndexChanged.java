package cn.guifanku.search;

/**
 * The full-text index now holds a different set of editions (published or withdrawn ones taken in): search results
 * cached anywhere are out of date.
 *
 * @param editions the editions the index holds now
 */
public record SearchIndexChanged(int editions) {
}
