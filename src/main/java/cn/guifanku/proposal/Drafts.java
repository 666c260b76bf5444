package cn.guifanku.proposal;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ConcurrentEditException;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.Revision;
import cn.guifanku.web.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.guifanku.security.Actor;
import org.springframework.transaction.annotation.Transactional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * A proposal's draft in the standards repository: a branch {@code draft/<id>}, the standard in {@code standard.adoc}
 * and its 编制说明 in {@code explanatory-note.adoc} beside it. Each save is a commit with its author; a save based on
 * an older revision than the branch head is refused (409), never merged.
 */
@Component
public class Drafts {

    public static final String STANDARD = "standard.adoc";
    public static final String NOTE = "explanatory-note.adoc";
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}\\.adoc");
    /** A draft folder's bounds: files, and their size together (each file is held to {@link DraftText#MAX_BYTES}). */
    static final int MAX_FILES = 20;
    static final int MAX_FOLDER_MB = 20;
    /** A save's message, as the commit and the proposal's history keep it. */
    static final int MAX_MESSAGE = 500;

    private final ContentRepository content;
    private final Clock clock;
    private final ProposalHistory history;

    Drafts(ContentRepository content, Clock clock, ProposalHistory history) {
        this.content = content;
        this.clock = clock;
        this.history = history;
    }

    /**
     * Creates the draft branch from main with its first files; returns the first revision. Git takes no part in the
     * database transaction, so the branch is removed again if the transaction that creates the proposal rolls back
     * (only while it still points where this left it): no branch exists for a proposal that was never stored.
     */
    String create(Proposal p, Map<String, String> files, Author author) {
        return create(p, files, Map.of(), author);
    }

    /**
     * As {@link #create(Proposal, Map, Author)}, with the figures' images of the edition a revision starts from
     * ({@code images}: any file of its folder that is not an {@code .adoc}), carried over byte for byte.
     */
    String create(Proposal p, Map<String, String> files, Map<String, byte[]> images, Author author) {
        files.forEach(DraftText::check);
        String main = content.resolve(ContentRepository.MAIN).orElseThrow();
        content.createBranch(p.branch(), main);
        AtomicReference<String> head = new AtomicReference<>(main);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        content.deleteBranch(p.branch(), head.get());
                    }
                }
            });
        }
        Map<String, byte[]> all = new HashMap<>(images);
        all.putAll(bytes(files));
        head.set(content.commit(new CommitRequest(p.branch(), main, p.folder(), all, author,
                OffsetDateTime.now(clock), "开始起草：" + p.title(), Map.of("Proposal", p.id()))));
        return head.get();
    }

    public String head(Proposal p) {
        return content.resolve(p.branch()).orElseThrow(() -> Problem.notFound("draft-not-found", p.id()));
    }

    /** A file of the draft at a revision (the head when {@code revision} is null). */
    public DraftFile read(Proposal p, String file, String revision) {
        checkName(file);
        String at = revision == null ? head(p) : revisionOf(p, revision);
        String text = content.readFile(at, p.folder() + "/" + file).map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> Problem.notFound("draft-file-not-found", file));
        return new DraftFile(file, at, text);
    }

    /**
     * A revision of this draft: a commit on its branch. Any other commit id (another proposal's confidential draft,
     * say) is unknown here, so nobody can read a draft through a proposal they may see.
     */
    public String revisionOf(Proposal p, String revision) {
        return content.resolve(revision).filter(c -> content.isInHistoryOf(c, p.branch()))
                .orElseThrow(() -> Problem.notFound("revision-not-found", revision));
    }

    /** An editor's save ({@link #save}), recorded in the proposal's history; returns the new revision. */
    @Transactional
    public String edit(Proposal p, String file, String text, String baseRevision, String message, Actor actor) {
        ProposalAccess.checkEdit(p, actor);
        String revision = save(p, file, text, baseRevision, message, Proposals.author(actor));
        history.record(new DraftSaved(UUID.randomUUID(), p.id(), actor.username(), clock.instant(), file, revision,
                message));
        return revision;
    }

    /** Saves one file as a commit on the draft branch, if nobody saved since {@code baseRevision}. */
    public String save(Proposal p, String file, String text, String baseRevision, String message, Author author) {
        checkName(file);
        String checked = DraftText.check(file, text);
        return save(p, file, Map.of(file, checked.getBytes(StandardCharsets.UTF_8)), baseRevision, message, author);
    }

    /**
     * Saves a text with the figures it shows (a draft imported from Word: {@code standard.adoc} and its images beside
     * it) as one commit on the draft branch, if nobody saved since {@code baseRevision}. All or nothing.
     */
    String saveWithFigures(Proposal p, String text, Map<String, byte[]> figures, String baseRevision, String message,
                           Author author) {
        String checked = DraftText.check(STANDARD, text);
        Map<String, byte[]> changed = new HashMap<>(figures);
        changed.keySet().forEach(name -> {
            if (!name.matches("[a-z0-9][a-z0-9-]{0,63}\\.(png|jpg|jpeg)")) {
                throw Problem.badRequest("bad-draft-file", name);
            }
        });
        changed.put(STANDARD, checked.getBytes(StandardCharsets.UTF_8));
        return save(p, STANDARD, changed, baseRevision, message, author);
    }

    private String save(Proposal p, String file, Map<String, byte[]> changed, String baseRevision, String message,
                        Author author) {
        if (message != null && message.strip().length() > MAX_MESSAGE) {
            throw Problem.unprocessable("field-too-long", "message", MAX_MESSAGE).with("field", "message");
        }
        String head = head(p);
        if (!head.equals(baseRevision)) {
            throw Problem.conflict("draft-conflict", shortId(baseRevision), shortId(head)).with("head", head);
        }
        Map<String, byte[]> files = new HashMap<>();
        for (String name : content.listFiles(head, p.folder())) {
            content.readFile(head, p.folder() + "/" + name).ifPresent(b -> files.put(name, b));
        }
        files.putAll(changed);
        if (files.size() > MAX_FILES || files.values().stream().mapToLong(b -> b.length).sum() > MAX_FOLDER_MB * 1024L * 1024) {
            throw Problem.unprocessable("draft-folder-full", MAX_FILES, MAX_FOLDER_MB, file).with("field", "text");
        }
        try {
            String saved = content.commit(new CommitRequest(p.branch(), baseRevision, p.folder(), files, author,
                    OffsetDateTime.now(clock), message == null || message.isBlank() ? "修改 " + file : message.strip(),
                    Map.of("Proposal", p.id())));
            undoOnRollback(content, p, saved, baseRevision);
            return saved;
        } catch (ConcurrentEditException e) {
            throw Problem.conflict("draft-conflict", shortId(baseRevision), shortId(head(p))).with("head", head(p));
        }
    }

    /**
     * Git takes no part in the database transaction: a save made inside one (the resolution table at the end of
     * 意见处理, an editor's save with its history row) is set back if the transaction rolls back.
     */
    static void undoOnRollback(ContentRepository content, Proposal p, String saved, String base) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        content.rewindBranch(p.branch(), saved, base);
                    }
                }
            });
        }
    }

    /** The draft's revisions, newest first, with their authors. */
    public List<Revision> history(Proposal p) {
        return content.history(p.branch(), p.folder(), 200);
    }

    /** Unified diff of a draft file against the edition it revises (or against nothing, for a new standard). */
    public String diff(Proposal p, String file, String revision) {
        checkName(file);
        String to = revision == null ? head(p) : revisionOf(p, revision);
        String from = p.revisesEdition() == null ? null
                : content.resolve("refs/tags/" + p.targetSlug() + "/" + p.revisesEdition()).orElse(null);
        return content.diff(from, p.targetSlug() + "/" + file, to, p.folder() + "/" + file);
    }

    /** The files of the draft folder at a revision, for rendering and publication. */
    public Map<String, byte[]> files(Proposal p, String revision) {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : content.listFiles(revision, p.folder())) {
            content.readFile(revision, p.folder() + "/" + name).ifPresent(b -> files.put(name, b));
        }
        return files;
    }

    private static String shortId(String revision) {
        return revision == null || revision.length() < 7 ? String.valueOf(revision) : revision.substring(0, 7);
    }

    /** Whether a file of a draft's folder is one of its texts ({@code name.adoc}), not a figure's image. */
    static boolean isText(String file) {
        return file != null && FILE.matcher(file).matches();
    }

    static void checkName(String file) {
        if (file == null || !FILE.matcher(file).matches()) {
            throw Problem.badRequest("bad-draft-file", String.valueOf(file));
        }
    }

    private static Map<String, byte[]> bytes(Map<String, String> files) {
        Map<String, byte[]> result = new HashMap<>();
        files.forEach((k, v) -> result.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return result;
    }

    /** One file of a draft at one revision. */
    public record DraftFile(String name, String revision, String text) {
    }
}
