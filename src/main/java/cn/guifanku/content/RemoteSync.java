package cn.guifanku.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Keeps a node's local repository in step with the Git server: fetch mirrors the server's branches and tags into the
 * local repository (the server is the truth, so local refs follow it, and refs gone there go here), push sends one ref
 * without force and reports whether the server took it. One lock per node orders fetches and writes, so a fetch never
 * resets a ref between a local commit and its push.
 */
final class RemoteSync {

    private static final List<RefSpec> MIRROR = List.of(new RefSpec("+refs/heads/*:refs/heads/*"),
            new RefSpec("+refs/tags/*:refs/tags/*"));

    private final Repository repository;
    private final RemoteProperties remote;
    private final CredentialsProvider credentials;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile long lastFetch = System.nanoTime() - Long.MAX_VALUE / 2;

    RemoteSync(Repository repository, RemoteProperties remote) {
        this.repository = repository;
        this.remote = remote;
        this.credentials = remote.username() == null || remote.username().isBlank() ? null
                : new UsernamePasswordCredentialsProvider(remote.username(),
                remote.password() == null ? "" : remote.password());
    }

    /** What the server said to a push. */
    enum Pushed { ACCEPTED, REJECTED }

    /** Runs a write (local change, push, and undo on failure) with no fetch or other write in between. */
    <T> T exclusively(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }

    /** Brings every branch and tag to the server's state; throws when the server cannot be reached. */
    void fetch() {
        lock.lock();
        try (Git git = new Git(repository)) {
            git.fetch().setRemote(remote.url()).setRefSpecs(MIRROR).setRemoveDeletedRefs(true)
                    .setTimeout(seconds()).setCredentialsProvider(credentials).call();
            lastFetch = System.nanoTime();
        } catch (GitAPIException | RuntimeException e) {
            throw new ContentUnavailableException("fetch " + remote.url(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Fetches unless a fetch succeeded within the allowed staleness; reads fall back to the local clone when offline. */
    boolean fetchForReading() {
        if (System.nanoTime() - lastFetch < remote.maxStaleness().toNanos()) {
            return true;
        }
        try {
            fetch();
            return true;
        } catch (ContentUnavailableException e) {
            return false;
        }
    }

    /** Pushes one ref (or deletes it on the server, for {@code ":refs/..."}), never forced. */
    Pushed push(String refSpec) {
        List<RemoteRefUpdate.Status> statuses = new ArrayList<>();
        try (Git git = new Git(repository)) {
            Iterable<PushResult> results = git.push().setRemote(remote.url()).setRefSpecs(new RefSpec(refSpec))
                    .setForce(false).setTimeout(seconds()).setCredentialsProvider(credentials).call();
            for (PushResult result : results) {
                result.getRemoteUpdates().forEach(u -> statuses.add(u.getStatus()));
            }
        } catch (GitAPIException | RuntimeException e) {
            throw new ContentUnavailableException("push " + refSpec, e);
        }
        if (statuses.isEmpty()) {
            throw new ContentUnavailableException("push " + refSpec, null);
        }
        boolean accepted = statuses.stream().allMatch(s -> s == RemoteRefUpdate.Status.OK
                || s == RemoteRefUpdate.Status.UP_TO_DATE || s == RemoteRefUpdate.Status.NON_EXISTING);
        return accepted ? Pushed.ACCEPTED : Pushed.REJECTED;
    }

    /** Sets a local ref back (to {@code id}, or removes it for null) after the server refused or could not be reached. */
    void resetLocal(String refName, String id) {
        try {
            RefUpdate update = repository.updateRef(refName);
            update.setForceUpdate(true);
            if (id == null) {
                update.delete();
            } else {
                update.setNewObjectId(ObjectId.fromString(id));
                update.update();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int seconds() {
        return (int) Math.max(1, remote.timeout().toSeconds());
    }
}
