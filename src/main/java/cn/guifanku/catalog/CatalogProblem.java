package cn.guifanku.catalog;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Catalog errors as RFC 9457 problems. The detail is a message code (messages*.properties), so the reader gets it
 * in their language; pages show it on the error page, the API as Problem Details JSON.
 */
final class CatalogProblem extends ErrorResponseException {

    private CatalogProblem(HttpStatus status, String code, Object... args) {
        super(status, ProblemDetail.forStatus(status), null, "problem." + code, args);
        getBody().setType(URI.create("urn:guifanku:problem:" + code));
    }

    static CatalogProblem standardNotFound(String slug) {
        return new CatalogProblem(HttpStatus.NOT_FOUND, "standard-not-found", slug);
    }

    static CatalogProblem editionNotFound(String slug, String edition) {
        return new CatalogProblem(HttpStatus.NOT_FOUND, "edition-not-found", slug, edition);
    }

    static CatalogProblem notYetInForce(Edition upcoming, String href) {
        CatalogProblem p = new CatalogProblem(HttpStatus.NOT_FOUND, "not-yet-in-force",
                upcoming.number(), upcoming.metadata().effective().toString());
        p.getBody().setProperty("edition", href);
        return p;
    }

    static CatalogProblem withdrawn(Latest.Withdrawn w, String href) {
        CatalogProblem p = new CatalogProblem(HttpStatus.GONE, "withdrawn", w.last().number(), String.valueOf(w.on()));
        p.getBody().setProperty("edition", href);
        return p;
    }

    static CatalogProblem replaced(Latest.Replaced r, String href) {
        CatalogProblem p = new CatalogProblem(HttpStatus.GONE, "replaced", r.last().number(), r.replacedBy());
        p.getBody().setProperty("replacement", href);
        return p;
    }

    /** Why {@code latest} has no edition to give (anything but {@link Latest.InForce}). */
    static CatalogProblem unavailable(Latest latest, String format) {
        if (latest instanceof Latest.NotYetInForce n) {
            return notYetInForce(n.upcoming(), Links.edition(n.upcoming(), format));
        }
        if (latest instanceof Latest.Withdrawn w) {
            return withdrawn(w, Links.edition(w.last(), format));
        }
        Latest.Replaced r = (Latest.Replaced) latest;
        return replaced(r, Links.ofNumber(r.replacedBy()));
    }

    static CatalogProblem badRequest(String code, Object... args) {
        return new CatalogProblem(HttpStatus.BAD_REQUEST, code, args);
    }
}
