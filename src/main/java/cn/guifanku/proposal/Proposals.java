package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import cn.guifanku.security.Role;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.content.Author;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.process.Workflow;
import cn.guifanku.security.Actor;
import cn.guifanku.web.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals from submission to the end of their review: the domain calls behind the API and the process. */
@Service
public class Proposals {

    static final String DEFAULT_COMMITTEE = "tc389";

    private final ProposalRepository repository;
    private final ProposalHistory history;
    private final Drafts drafts;
    private final Catalog catalog;
    private final ContentRepository content;
    private final Workflow workflow;
    private final ReviewProperties settings;
    private final DraftTemplates templates;
    private final Clock clock;

    Proposals(ProposalRepository repository, ProposalHistory history, Drafts drafts, Catalog catalog,
              ContentRepository content, Workflow workflow, ReviewProperties settings, DraftTemplates templates,
              Clock clock) {
        this.repository = repository;
        this.history = history;
        this.drafts = drafts;
        this.catalog = catalog;
        this.content = content;
        this.workflow = workflow;
        this.settings = settings;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Submits a proposal: stores it, creates its draft branch and starts its review process, all or nothing (the
     * branch is removed again if the transaction rolls back, see {@link Drafts#create}).
     */
    @Transactional
    public Proposal create(NewProposal request, Actor actor) {
        ProposalAccess.checkRole(actor, Role.EDITOR);
        if (blank(request.title()) || blank(request.scope()) || blank(request.reason()) || request.kind() == null) {
            throw Problem.unprocessable("proposal-incomplete");
        }
        Problem.bounded("title", request.title(), 500);
        Problem.bounded("scope", request.scope(), 4000);
        Problem.bounded("reason", request.reason(), 4000);
        String id = nextId();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        String target = null;
        String revises = null;
        String folder = id.toLowerCase();
        String committee = DEFAULT_COMMITTEE;
        if (request.kind() == Proposal.Kind.REVISION) {
            StandardEntry standard = catalog.find(request.targetSlug() == null ? "" : request.targetSlug())
                    .orElseThrow(() -> Problem.unprocessable("revision-target-unknown", String.valueOf(request.targetSlug())));
            List<Proposal> open = repository.openFor(standard.slug());
            if (!open.isEmpty()) {
                throw Problem.conflict("revision-already-open", standard.designation(), open.get(0).id())
                        .with("proposal", open.get(0).id());
            }
            target = standard.slug();
            committee = standard.committeeId() == null ? DEFAULT_COMMITTEE : standard.committeeId();
            // The text it starts from: the edition it will replace (the newest in force or approved), as the record has it.
            revises = cn.guifanku.catalog.Succession.predecessorOfNext(standard).orElse(standard.headline()).key();
            folder = target;
            String tag = content.resolve("refs/tags/" + target + "/" + revises).orElseThrow();
            for (String name : content.listFiles(tag, target)) {
                // texts as text; the figures' images as they are
                content.readFile(tag, target + "/" + name).ifPresent(b -> {
                    if (Drafts.isText(name)) {
                        files.put(name, new String(b, StandardCharsets.UTF_8));
                    } else {
                        images.put(name, b);
                    }
                });
            }
        } else {
            files.put(Drafts.STANDARD, templates.standard(request.title()));
        }
        if (request.source() != null) {
            files.put(Drafts.STANDARD, DraftText.check(Drafts.STANDARD, request.source())); // before anything is written
        }
        files.putIfAbsent(Drafts.NOTE, templates.note(request.title()));
        Proposal p = new Proposal(id, request.kind(), request.title().strip(), request.scope().strip(),
                request.reason().strip(), target, revises, committee, actor.username(), clock.instant(),
                "draft/" + id, folder, Stage.PROPOSED, null, null, null, null, null, null, null, null, 0);
        repository.insert(p);
        if (request.plannedEntry() != null && !request.plannedEntry().isBlank()) {
            repository.setPlannedEntry(id, request.plannedEntry().strip());
        }
        drafts.create(p, files, images, author(actor));
        String instance = workflow.start(id, actor.username(), settings.commentPeriod(), settings.reviewInterval());
        Proposal stored = change(id, q -> q.withProcess(instance));
        history.record(new ProposalSubmitted(UUID.randomUUID(), id, actor.username(), clock.instant(), p.kind(),
                p.title()));
        return stored;
    }

    public Proposal get(String id, Actor actor) {
        Proposal p = find(id);
        ProposalAccess.checkSee(p, actor);
        return p;
    }

    /** A proposal without access checks, for the process's own steps. */
    public Proposal find(String id) {
        return repository.find(id).orElseThrow(() -> Problem.notFound("proposal-not-found", id));
    }

    public List<Proposal> visibleTo(Actor actor) {
        return repository.all().stream().filter(p -> ProposalAccess.maySee(p, actor)).toList();
    }

    /** Proposals still running (every stage before 已发布, except rejected and withdrawn), without access checks. */
    public List<Proposal> running() {
        return repository.open();
    }

    /** Proposal id → the 体系编号 of the planned (待制定) entry of the 标准体系表 it fills, for those that name one. */
    public Map<String, String> plannedEntries() {
        return repository.plannedEntries();
    }

    /**
     * The proposal, its row locked until the caller's transaction ends: a decision starts here, so a second decision on
     * the same proposal waits for the first and then finds it decided (409), never doing it twice.
     */
    public Proposal lock(String id) {
        return repository.lock(id).orElseThrow(() -> Problem.notFound("proposal-not-found", id));
    }

    /** Applies a change to a proposal's recorded facts (never its stage), retrying if someone else changed it in between. */
    public Proposal change(String id, UnaryOperator<Proposal> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Proposal changed = change.apply(find(id));
            if (repository.update(changed)) {
                return find(id);
            }
        }
        throw Problem.conflict("proposal-busy", id);
    }

    static Author author(Actor actor) {
        return new Author(actor.username(), actor.username() + "@users.guifanku.invalid");
    }

    static void checkStage(Proposal p, Stage... allowed) {
        ProposalAccess.checkStage(p, Set.of(allowed));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** P2026-007: the year, and the next number of the database's sequence (skipping ids an earlier release used). */
    private String nextId() {
        String id;
        do {
            id = "P" + Year.now(clock) + "-" + String.format("%03d", repository.nextNumber());
        } while (repository.exists(id));
        return id;
    }
}
