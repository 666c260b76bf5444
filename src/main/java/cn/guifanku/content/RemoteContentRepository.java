package cn.guifanku.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ContentRepository} in remote mode: the local repository is a cache of the Git server's, which is the truth
 * every node shares. Reads of a branch or tag fetch first (reads by commit id need nothing new); every write fetches,
 * changes the local repository as a single node does, and pushes, never forced. A write counts only once the server
 * has it: when the server refuses (another node pushed first) the local ref is set back to the server's and the
 * writer gets {@link ConcurrentEditException}, as for a local conflict; when the server cannot be reached the local
 * ref is set back to where it was and the writer gets {@link ContentUnavailableException}. Nothing is rebased.
 */
final class RemoteContentRepository implements ContentRepository, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteContentRepository.class);
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}");

    private final GitContentRepository local;
    private final RemoteSync sync;

    RemoteContentRepository(GitContentRepository local, RemoteSync sync) {
        this.local = local;
        this.sync = sync;
        if (!sync.fetchForReading()) {
            log.warn("The standards repository's server cannot be reached; starting from the local clone");
        }
    }

    /**
     * Brings the clone up to the server's state unless it is fresh enough: what a node advertises over Git is what
     * the server of record has, so a branch another node has just made can be cloned here.
     */
    void freshen() {
        sync.fetchForReading();
    }

    @Override
    public Optional<String> resolve(String ref) {
        if (!COMMIT_ID.matcher(ref).matches()) {
            sync.fetchForReading();
            Optional<String> found = local.resolve(ref);
            if (found.isPresent()) {
                return found;
            }
            // A branch this clone does not know may be one another node has just made: ask the server now, even
            // while the clone counts as fresh.
            try {
                sync.fetch();
            } catch (ContentUnavailableException e) {
                log.warn("A ref this node has not seen, and the server cannot be reached: {}", ref);
            }
            return local.resolve(ref);
        }
        return Optional.of(present(ref)).flatMap(local::resolve);
    }

    @Override
    public boolean isInHistoryOf(String commitId, String ref) {
        sync.fetchForReading();
        return local.isInHistoryOf(commitId, ref);
    }

    @Override
    public Optional<byte[]> readFile(String commitId, String path) {
        return local.readFile(present(commitId), path);
    }

    @Override
    public List<String> listFiles(String commitId, String folder) {
        return local.listFiles(present(commitId), folder);
    }

    @Override
    public String commit(CommitRequest request) {
        String refName = Constants.R_HEADS + request.branch();
        return sync.exclusively(() -> {
            sync.fetch();
            String before = local.resolve(refName).orElse(null);
            String id = local.commit(request);
            push(refName, before, () -> new ConcurrentEditException(request.branch(), request.expectedHead(),
                    local.resolve(refName).orElse("(none)") + " on the server"));
            return id;
        });
    }

    @Override
    public void advanceBranch(String name, String expectedHead, String commitId) {
        String refName = Constants.R_HEADS + name;
        sync.exclusively(() -> {
            sync.fetch();
            String before = local.resolve(refName).orElse(null);
            local.advanceBranch(name, expectedHead, commitId);
            push(refName, before, () -> new ConcurrentEditException(name, expectedHead,
                    local.resolve(refName).orElse("(none)") + " on the server"));
            return null;
        });
    }

    /** The local clone, where a Git client's push is received before it goes on to the server. */
    GitContentRepository local() {
        return local;
    }

    @Override
    public void createBranch(String name, String commitId) {
        String refName = Constants.R_HEADS + name;
        sync.exclusively(() -> {
            sync.fetch();
            local.createBranch(name, commitId);
            push(refName, null, () -> new IllegalStateException("Branch " + name + " exists already on the server"));
            return null;
        });
    }

    @Override
    public void deleteBranch(String name, String expectedHead) {
        sync.exclusively(() -> {
            sync.fetch();
            if (local.resolve(Constants.R_HEADS + name).filter(expectedHead::equals).isPresent()) {
                if (sync.push(":" + Constants.R_HEADS + name) == RemoteSync.Pushed.REJECTED) {
                    throw new IllegalStateException("The server refused to remove branch " + name);
                }
                local.deleteBranch(name, expectedHead);
            }
            return null;
        });
    }

    @Override
    public void rewindBranch(String name, String from, String to) {
        log.info("Kept commit {} on {}: the Git server takes no forced update", from, name);
    }

    @Override
    public void createTag(TagRequest request) {
        String refName = Constants.R_TAGS + request.name();
        sync.exclusively(() -> {
            sync.fetch();
            local.createTag(request);
            push(refName, null, () -> new IllegalStateException("Tag " + request.name() + " exists already on the server"));
            return null;
        });
    }

    @Override
    public void deleteTag(String name) {
        sync.exclusively(() -> {
            sync.fetch();
            if (sync.push(":" + Constants.R_TAGS + name) == RemoteSync.Pushed.REJECTED) {
                throw new IllegalStateException("The server refused to remove tag " + name);
            }
            local.deleteTag(name);
            return null;
        });
    }

    @Override
    public List<Tag> tags(String prefix) {
        sync.fetchForReading();
        return local.tags(prefix);
    }

    @Override
    public String diff(String fromCommit, String fromPath, String toCommit, String toPath) {
        return local.diff(fromCommit == null ? null : present(fromCommit), fromPath,
                toCommit == null ? null : present(toCommit), toPath);
    }

    @Override
    public List<Revision> history(String ref, String path, int max) {
        sync.fetchForReading();
        return local.history(ref, path, max);
    }

    @Override
    public void close() {
        local.close();
    }

    /**
     * Pushes a ref just changed locally. Refused: the local ref follows the server again and {@code conflict} is thrown.
     * Unreachable: the local ref goes back to {@code before} and the caller gets {@link ContentUnavailableException}.
     */
    private void push(String refName, String before, java.util.function.Supplier<RuntimeException> conflict) {
        RemoteSync.Pushed pushed;
        try {
            pushed = sync.push(refName + ":" + refName);
        } catch (ContentUnavailableException e) {
            sync.resetLocal(refName, before);
            throw e;
        }
        if (pushed == RemoteSync.Pushed.REJECTED) {
            sync.resetLocal(refName, before);
            try {
                sync.fetch();
            } catch (ContentUnavailableException e) {
                log.warn("Could not fetch after a refused push of {}", refName);
            }
            throw conflict.get();
        }
    }

    /** A commit id, fetched first when another node made it and this clone has not seen it yet. */
    private String present(String commitId) {
        if (COMMIT_ID.matcher(commitId).matches() && !has(commitId)) {
            try {
                sync.fetch();
            } catch (ContentUnavailableException e) {
                log.warn("A commit this node has not seen, and the server cannot be reached: {}", commitId);
            }
        }
        return commitId;
    }

    private boolean has(String commitId) {
        try {
            return local.repository().getObjectDatabase().has(org.eclipse.jgit.lib.ObjectId.fromString(commitId));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
