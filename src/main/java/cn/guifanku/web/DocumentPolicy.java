package cn.guifanku.web;

/**
 * The Content-Security-Policy of a rendered standard served as a page (a published edition or a draft preview):
 * its styles are inline, and nothing else may load or run. The application's own pages get a different policy,
 * which must not be added to these responses (two policies on one response both apply).
 */
public final class DocumentPolicy {

    public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    /** Paths that serve rendered documents and carry {@link #CSP} themselves. */
    public static final String PATHS =
            "^(/standards/[^/]+/[^/]+\\.html|/standards/[^/]+/[^/]+/archive\\.html"
            + "|/api/proposals/[^/]+/(draft/preview|comment-resolution\\.html)"
            + "|/proposals/[^/]+/draft/preview(/[^/]+)?|/system\\.html)(\\?.*)?$";

    private DocumentPolicy() {
    }
}
