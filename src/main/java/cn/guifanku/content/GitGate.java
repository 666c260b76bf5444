package cn.guifanku.content;

/**
 * What the repository served over HTTP ({@code /git/standards.git}) lets a Git client see and change. The feature that
 * owns drafts implements it; the requester is whoever the current request is signed in as (anonymous for a clone
 * without credentials). JGit serves only objects reachable from the refs {@link #mayFetch} lets through, so this is the
 * guard of every confidential draft.
 */
public interface GitGate {

    /** The repository's URL path for anyone (asks for nothing; a push is asked for a token). */
    String PUBLIC_PATH = "/git/standards.git";
    /** The same repository for a token's owner: every request asks for a token, so drafts they may read are fetched too. */
    String SIGNED_IN_PATH = "/git/auth/standards.git";

    /** Whether the current requester may see and fetch this ref (a full name such as {@code refs/heads/main}). */
    boolean mayFetch(String refName);

    /**
     * Decides on one pushed ref update and, if it is accepted, carries it out (through
     * {@link ContentRepository#advanceBranch}, so that on several nodes it reaches the Git server first, as a save does).
     */
    PushVerdict push(PushedUpdate update);

    /**
     * Lines for the pusher about a push just accepted (the draft check's findings), after it is saved and outside its
     * transaction: they inform and never refuse. None by default.
     */
    default java.util.List<String> afterPush(PushedUpdate update) {
        return java.util.List.of();
    }

    /** Anything but {@code main} and the edition tags is hidden, and every push is refused. */
    GitGate PUBLIC_ONLY = new GitGate() {
        @Override
        public boolean mayFetch(String refName) {
            return PUBLIC_REFS.matcher(refName).matches();
        }

        @Override
        public PushVerdict push(PushedUpdate update) {
            return PushVerdict.refused("此安装不接受推送。");
        }
    };

    /** {@code HEAD}, {@code main} and the edition tags {@code <slug>/<year>}: what anyone may clone. */
    java.util.regex.Pattern PUBLIC_REFS = java.util.regex.Pattern.compile(
            "HEAD|refs/heads/main|refs/tags/[a-z0-9][a-z0-9-]*/[0-9]{4}");
}
