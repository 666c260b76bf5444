package cn.guifanku.catalog;

/**
 * The catalog's URL scheme, in one place (documented in the README):
 * {@code /standards/{slug}} a standard's page; {@code /standards/{slug}/{edition}.html|.pdf} one edition, never
 * changing; {@code /standards/{slug}/latest.html|.pdf} the edition in force today (a redirect).
 */
final class Links {

    private Links() {
    }

    static String standard(String slug) {
        return "/standards/" + slug;
    }

    static String edition(String slug, String editionKey, String format) {
        return standard(slug) + "/" + editionKey + "." + format;
    }

    static String latest(String slug, String format) {
        return standard(slug) + "/latest." + format;
    }

    static String edition(Edition edition, String format) {
        return edition(edition.slug(), edition.key(), format);
    }

    static String ofNumber(String number) {
        return standard(StandardNumber.parse(number).slug());
    }
}
