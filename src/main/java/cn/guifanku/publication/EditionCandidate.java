package cn.guifanku.publication;

/** An edition waiting to be published: a standard's folder at an approved commit, and its edition key (year). */
public record EditionCandidate(String slug, String editionKey, String commitId) {

    public String tagName() {
        return slug + "/" + editionKey;
    }
}
