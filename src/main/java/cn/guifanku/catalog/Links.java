package cn.guifanku.catalog;

/**
 * The catalog's URL scheme, in one place (documented in the README):
 * {@code /standards/{slug}} a standard's page; {@code /standards/{slug}/{edition}.html} one edition's reading page
 * (the archived HTML under a bar saying where the edition stands today); {@code /standards/{slug}/{edition}.pdf} its
 * PDF and {@code /standards/{slug}/{edition}/archive.html} its archived HTML, both files exactly as published and never
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

    /** The archived HTML file, byte for byte as published (the reading page is {@link #edition}). */
    static String archive(Edition edition) {
        return standard(edition.slug()) + "/" + edition.key() + "/archive.html";
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
