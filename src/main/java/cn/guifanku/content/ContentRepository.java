package cn.guifanku.content;

import java.util.List;
import java.util.Optional;

/**
 * The standards repository: every standard's AsciiDoc in Git. A standard lives in a folder named by its
 * slug on branch {@code main}; a draft is a branch, an edit a commit with its author, a published edition
 * an annotated tag {@code <slug>/<edition>}. This is the only way the rest of the application reaches Git.
 */
public interface ContentRepository {

    String MAIN = "main";

    /** The commit a branch, tag or commit id points to. */
    Optional<String> resolve(String ref);

    /** Whether {@code commitId} is in the history of {@code ref} (the ref's commit or one of its ancestors). */
    boolean isInHistoryOf(String commitId, String ref);

    /** A file's bytes at a commit; empty when the commit has no such file. */
    Optional<byte[]> readFile(String commitId, String path);

    /** Paths of all files below {@code folder} at a commit, relative to the folder, sorted. */
    List<String> listFiles(String commitId, String folder);

    /**
     * Writes a folder's new content as one commit on a branch.
     *
     * @throws ConcurrentEditException when the branch has moved past {@code request.expectedHead()}
     */
    String commit(CommitRequest request);

    /**
     * Moves a branch forward to a commit already in the repository (one a Git client pushed), if the branch still points
     * at {@code expectedHead} and the commit descends from it; never forced. With a Git server the server takes it
     * first, as for {@link #commit}.
     *
     * @throws ConcurrentEditException when the branch has moved or the commit does not descend from its head
     */
    void advanceBranch(String name, String expectedHead, String commitId);

    /** Creates a branch at a commit (a draft starts here); refuses an existing name. */
    void createBranch(String name, String commitId);

    /**
     * Removes a branch if it still points at {@code expectedHead}: only for undoing a branch whose creation was rolled
     * back (a proposal that was never stored). A branch that moved on is left alone.
     */
    void deleteBranch(String name, String expectedHead);

    /**
     * Sets a branch back from {@code from} to {@code to} if it still points at {@code from}: only for undoing a commit
     * whose database transaction rolled back. With a Git server (several nodes) nothing is rewound, since the server
     * takes no forced update: the commit stays there, and callers make such a commit harmless.
     */
    void rewindBranch(String name, String from, String to);

    /** Creates an annotated tag; refuses to move an existing one. */
    void createTag(TagRequest request);

    /** Removes a tag: only for undoing a publication that failed after tagging. */
    void deleteTag(String name);

    /** Annotated tags whose names start with {@code prefix}, oldest first. */
    List<Tag> tags(String prefix);

    /**
     * A unified diff (3 lines of context) from one file at one commit to another file at another commit; either side
     * may be absent (null commit or missing file), giving an all-added or all-removed diff.
     */
    String diff(String fromCommit, String fromPath, String toCommit, String toPath);

    /** Commits that touched {@code path} (a file or folder), newest first, reachable from {@code ref}. */
    List<Revision> history(String ref, String path, int max);
}
