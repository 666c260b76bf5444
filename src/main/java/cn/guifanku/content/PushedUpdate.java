package cn.guifanku.content;

import java.util.List;

/**
 * One ref a Git client pushed, as the {@link GitGate} decides on it.
 *
 * @param oldId    the ref's commit before the push, {@code null} when the client creates the ref
 * @param newId    the pushed commit, {@code null} when the client deletes the ref
 * @param commits  the commits the push adds to the ref, oldest first (at most {@link #MAX_COMMITS})
 * @param tooMany  whether the push adds more commits than {@link #MAX_COMMITS}
 */
public record PushedUpdate(String refName, String oldId, String newId, Kind kind, List<PushedCommit> commits,
                           boolean tooMany) {

    /** The most commits one push may add to a draft. */
    public static final int MAX_COMMITS = 100;

    public PushedUpdate {
        commits = List.copyOf(commits);
    }

    /** What the push does to the ref. */
    public enum Kind { CREATE, FAST_FORWARD, NON_FAST_FORWARD, DELETE }

    /**
     * A pushed commit.
     *
     * @param changedPaths the paths whose content differs from the first parent's (all paths for a root commit)
     */
    public record PushedCommit(String id, int parents, Author author, Author committer, String message,
                               List<String> changedPaths) {

        public PushedCommit {
            changedPaths = List.copyOf(changedPaths);
        }
    }
}
