package cn.guifanku.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * {@link ContentRepository} on a bare JGit repository. Commits are built straight into the object
 * database (no working tree), and every ref update is a compare-and-swap, so two writers can never
 * overwrite each other: the loser gets {@link ConcurrentEditException}.
 */
final class GitContentRepository implements ContentRepository, AutoCloseable {

    private final Repository repository;
    private final TagSigner signer;

    GitContentRepository(Path directory) {
        this(directory, null);
    }

    /** With a signer, every tag this repository creates is signed. */
    GitContentRepository(Path directory, TagSigner signer) {
        this.signer = signer;
        try {
            if (!Files.exists(directory.resolve("HEAD"))) {
                Files.createDirectories(directory);
                Git.init().setBare(true).setInitialBranch(MAIN).setGitDir(directory.toFile()).call().close();
            }
            this.repository = new FileRepositoryBuilder().setGitDir(directory.toFile()).setMustExist(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot create the standards repository in " + directory, e);
        }
    }

    @Override
    public Optional<String> resolve(String ref) {
        try {
            ObjectId id = repository.resolve(ref + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) { // malformed revision strings
            return Optional.empty();
        }
    }

    @Override
    public boolean isInHistoryOf(String commitId, String ref) {
        Optional<String> tip = resolve(ref);
        Optional<String> commit = resolve(commitId);
        if (tip.isEmpty() || commit.isEmpty()) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(commit.get())),
                    walk.parseCommit(ObjectId.fromString(tip.get())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> readFile(String commitId, String path) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(commitId));
            try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
                    return Optional.empty();
                }
                return Optional.of(repository.open(tree.getObjectId(0)).getBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> listFiles(String commitId, String folder) {
        List<String> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(folder));
            while (tree.next()) {
                files.add(tree.getPathString().substring(folder.length() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    @Override
    public String commit(CommitRequest request) {
        String refName = Constants.R_HEADS + request.branch();
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId head = repository.resolve(refName);
            ObjectId expected = request.expectedHead() == null ? null : ObjectId.fromString(request.expectedHead());
            if (!java.util.Objects.equals(head, expected)) {
                throw new ConcurrentEditException(request.branch(), name(expected), name(head));
            }
            RevCommit parent = head == null ? null : walk.parseCommit(head);
            ObjectId tree = FolderTree.write(inserter, parent, request.folder(), request.files());
            PersonIdent ident = ident(request.author(), request.when());
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parent != null && request.mergeParent() != null) {
                commit.setParentIds(parent, ObjectId.fromString(request.mergeParent()));
            } else if (parent != null) {
                commit.setParentId(parent);
            }
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setMessage(Trailers.append(request.message(), request.trailers()));
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(refName);
            update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
            update.setNewObjectId(id);
            update.setRefLogMessage("commit: " + request.message(), false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new ConcurrentEditException(request.branch(), name(head), String.valueOf(result));
            }
            return id.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void advanceBranch(String name, String expectedHead, String commitId) {
        String refName = Constants.R_HEADS + name;
        try (RevWalk walk = new RevWalk(repository)) {
            RefUpdate update = repository.updateRef(refName);
            update.setExpectedOldObjectId(ObjectId.fromString(expectedHead));
            update.setNewObjectId(ObjectId.fromString(commitId));
            update.setRefLogMessage("push", false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.FAST_FORWARD) {
                throw new ConcurrentEditException(name, expectedHead, String.valueOf(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void createBranch(String name, String commitId) {
        String refName = Constants.R_HEADS + name;
        if (!Repository.isValidRefName(refName)) {
            throw new IllegalArgumentException("Not a valid branch name: " + name);
        }
        try {
            RefUpdate update = repository.updateRef(refName);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setNewObjectId(ObjectId.fromString(commitId));
            if (update.update() != RefUpdate.Result.NEW) {
                throw new IllegalStateException("Branch " + name + " exists already");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteBranch(String name, String expectedHead) {
        try {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + name);
            update.setExpectedOldObjectId(ObjectId.fromString(expectedHead));
            update.setForceUpdate(true);
            update.delete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void rewindBranch(String name, String from, String to) {
        try {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + name);
            update.setExpectedOldObjectId(ObjectId.fromString(from));
            update.setNewObjectId(ObjectId.fromString(to));
            update.setForceUpdate(true);
            update.update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void createTag(TagRequest request) {
        String refName = Constants.R_TAGS + request.name();
        if (!Repository.isValidRefName(refName)) {
            throw new IllegalArgumentException("Not a valid tag name: " + request.name());
        }
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TagBuilder tag = new TagBuilder();
            tag.setObjectId(ObjectId.fromString(request.commitId()), Constants.OBJ_COMMIT);
            tag.setTag(request.name());
            tag.setTagger(ident(request.tagger(), request.when()));
            if (signer != null) {
                // A signed tag's message ends with a line feed (as git tag -m writes it), where the signature begins.
                String message = request.message() == null ? "" : request.message();
                tag.setMessage(message.isEmpty() || message.endsWith("\n") ? message : message + "\n");
                tag.setGpgSignature(new org.eclipse.jgit.lib.GpgSignature(
                        signer.sign(tag.build(), request.when().toInstant()).getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            } else {
                tag.setMessage(request.message());
            }
            ObjectId id = inserter.insert(tag);
            inserter.flush();
            RefUpdate update = repository.updateRef(refName);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setNewObjectId(id);
            if (update.update() != RefUpdate.Result.NEW) {
                throw new IllegalStateException("Tag " + request.name() + " exists already");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteTag(String name) {
        try {
            RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
            update.setForceUpdate(true);
            update.delete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Tag> tags(String prefix) {
        List<Tag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + prefix)) {
                if (walk.parseAny(ref.getObjectId()) instanceof RevTag tag) {
                    PersonIdent who = tag.getTaggerIdent();
                    tags.add(new Tag(tag.getTagName(), walk.peel(tag).name(),
                            new Author(who.getName(), who.getEmailAddress()),
                            OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()), tag.getFullMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tags.sort(java.util.Comparator.comparing(Tag::when).thenComparing(Tag::name));
        return tags;
    }

    @Override
    public List<Revision> history(String ref, String path, int max) {
        List<Revision> revisions = new ArrayList<>();
        Optional<String> start = resolve(ref);
        if (start.isEmpty()) {
            return revisions;
        }
        try (Git git = new Git(repository)) {
            var log = git.log().add(ObjectId.fromString(start.get())).setMaxCount(max);
            if (path != null && !path.isEmpty()) {
                log.addPath(path);
            }
            for (RevCommit commit : log.call()) {
                PersonIdent who = commit.getAuthorIdent();
                revisions.add(new Revision(commit.name(), new Author(who.getName(), who.getEmailAddress()),
                        OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()),
                        commit.getShortMessage(), Trailers.parse(commit.getFullMessage())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return revisions;
    }

    @Override
    public String diff(String fromCommit, String fromPath, String toCommit, String toPath) {
        byte[] before = fromCommit == null ? new byte[0] : readFile(fromCommit, fromPath).orElse(new byte[0]);
        byte[] after = toCommit == null ? new byte[0] : readFile(toCommit, toPath).orElse(new byte[0]);
        var a = new org.eclipse.jgit.diff.RawText(before);
        var b = new org.eclipse.jgit.diff.RawText(after);
        var edits = org.eclipse.jgit.diff.DiffAlgorithm.getAlgorithm(org.eclipse.jgit.diff.DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
                .diff(org.eclipse.jgit.diff.RawTextComparator.DEFAULT, a, b);
        var out = new java.io.ByteArrayOutputStream();
        try (var formatter = new org.eclipse.jgit.diff.DiffFormatter(out)) {
            out.write(("--- a/" + fromPath + "\n+++ b/" + toPath + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            formatter.format(edits, a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The JGit repository, for {@link RemoteSync} only. */
    Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }

    private static PersonIdent ident(Author author, OffsetDateTime when) {
        return new PersonIdent(author.name(), author.email(), when.toInstant(), when.getOffset());
    }

    private static String name(ObjectId id) {
        return id == null ? "(none)" : id.name();
    }
}
