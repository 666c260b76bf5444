package cn.guifanku.catalog;

import cn.guifanku.web.Problem;

/** The catalog's problems (404 for unknown standards and editions, and why {@code latest} has nothing to give). */
final class CatalogProblem {

    private CatalogProblem() {
    }

    static Problem standardNotFound(String slug) {
        return Problem.notFound("standard-not-found", slug);
    }

    static Problem editionNotFound(String slug, String edition) {
        return Problem.notFound("edition-not-found", slug, edition);
    }

    /** Why {@code latest} has no edition to give (anything but {@link Latest.InForce}). */
    static Problem unavailable(Latest latest, String format) {
        if (latest instanceof Latest.NotYetInForce n) {
            return Problem.notFound("not-yet-in-force", n.upcoming().number(), n.upcoming().metadata().effective().toString())
                    .with("edition", Links.edition(n.upcoming(), format));
        }
        if (latest instanceof Latest.Withdrawn w) {
            return new Problem(org.springframework.http.HttpStatus.GONE, "withdrawn", w.last().number(), String.valueOf(w.on()))
                    .with("edition", Links.edition(w.last(), format));
        }
        Latest.Replaced r = (Latest.Replaced) latest;
        return new Problem(org.springframework.http.HttpStatus.GONE, "replaced", r.last().number(), r.replacedBy())
                .with("replacement", Links.ofNumber(r.replacedBy()));
    }

    static Problem badRequest(String code, Object... args) {
        return Problem.badRequest(code, args);
    }
}
