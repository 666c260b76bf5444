package cn.guifanku.publication;

import cn.guifanku.archive.ArchiveStep;
import cn.guifanku.archive.ArchivalFacts;
import cn.guifanku.archive.ArchivalPdf;
import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.content.Author;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.StandardRenderer;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes one edition, all or nothing: render, store the files, tag the commit, record the catalog entry — in that
 * order, so a reader never finds a catalog entry without its tag and files, nor a tag without files. If any step
 * fails, what this try made is taken back (the tag it created, the files no published edition uses), so a failed
 * publication leaves no tag, no file and no catalog entry — only the attempt with its report, which says what to
 * fix, with line numbers. Renders are reproducible, so a retry stores the very same files.
 */
@Service
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final ArtifactStore store;
    private final Catalog catalog;
    private final PublicationAttempts attempts;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StepProbe probe;
    private final PublicationLock lock;
    private final ArchiveStep archive;

    /** The steps of a publication, in order; tests inject faults between them. */
    public enum Step { RENDERED, STORED, TAGGED }

    /** Told when a step is done; the application's probe does nothing. */
    public interface StepProbe {
        void reached(Step step);
    }

    @org.springframework.beans.factory.annotation.Autowired
    Publisher(ContentRepository content, StandardRenderer renderer, ArtifactStore store, Catalog catalog,
              PublicationAttempts attempts, TransactionTemplate transaction, Clock clock,
              org.springframework.beans.factory.ObjectProvider<StepProbe> probe, PublicationLock lock,
              ArchiveStep archive) {
        this(content, renderer, store, catalog, attempts, transaction, clock, probe.getIfAvailable(() -> step -> { }), lock,
                archive);
    }

    Publisher(ContentRepository content, StandardRenderer renderer, ArtifactStore store, Catalog catalog,
              PublicationAttempts attempts, TransactionTemplate transaction, Clock clock, StepProbe probe,
              PublicationLock lock, ArchiveStep archive) {
        this.archive = archive;
        this.probe = probe;
        this.lock = lock;
        this.content = content;
        this.renderer = renderer;
        this.store = store;
        this.catalog = catalog;
        this.attempts = attempts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a publication came to: published (now or before), or not, with the report saying why. */
    public record Outcome(boolean published, String report) {
    }

    /** Publishes the edition unless it is in the catalog already (a retry after success changes nothing). */
    public Outcome publishOnce(EditionCandidate candidate, Author publisher) {
        if (catalog.isPublished(candidate.slug(), candidate.editionKey())) {
            return new Outcome(true, null);
        }
        return run(candidate, publisher);
    }

    /** Publishes the edition; returns true when it reached the catalog. Slow (seconds): call off request threads. */
    public boolean publish(EditionCandidate candidate, Author publisher) {
        return run(candidate, publisher).published();
    }

    /** One publication at a time across the cluster; whoever waited finds the edition published and does nothing. */
    private Outcome run(EditionCandidate candidate, Author publisher) {
        return lock.whileHeld(() -> catalog.isPublished(candidate.slug(), candidate.editionKey())
                ? new Outcome(true, null) : runAlone(candidate, publisher));
    }

    private Outcome runAlone(EditionCandidate candidate, Author publisher) {
        long attempt = attempts.start(candidate, clock.instant());
        List<Artifact> stored = new ArrayList<>();
        boolean tagCreated = false;
        try {
            RenderedStandard rendered = renderer.render(new FolderAtRevision(content, candidate.commitId(), candidate.slug()));
            checkIdentity(candidate, rendered);
            // The archive step: PDF/A-2u checked by veraPDF, signed at the tag's time (a file that fails is refused).
            OffsetDateTime tagTime = tagTime(candidate);
            ArchivalPdf archival = archive.archive(rendered.pdf(),
                    new ArchivalFacts(rendered.metadata(), candidate.tagName(), candidate.commitId()), tagTime.toInstant());
            probe.reached(Step.RENDERED);
            Artifact html = store.store(rendered.html());
            stored.add(html);
            Artifact pdf = store.store(archival.signed());
            stored.add(pdf);
            probe.reached(Step.STORED);
            PublishedEdition edition = new PublishedEdition(candidate.slug(), candidate.editionKey(),
                    rendered.metadata(), candidate.commitId(), candidate.tagName(), html, pdf, clock.instant());
            tagCreated = tag(candidate, publisher, edition, archival, tagTime);
            probe.reached(Step.TAGGED);
            transaction.executeWithoutResult(tx -> {
                catalog.record(edition);
                archive.record(candidate.slug(), candidate.editionKey(), archival, tagTime.toInstant());
            });
            attempts.finish(attempt, PublicationAttempts.State.PUBLISHED, warnings(rendered.warnings()), clock.instant());
            log.info("Published {} ({} bytes HTML, {} bytes PDF)", rendered.metadata().number(), html.size(), pdf.size());
            return new Outcome(true, null);
        } catch (RuntimeException e) {
            undo(candidate, stored, tagCreated);
            String report = report(e);
            attempts.finish(attempt, PublicationAttempts.State.FAILED, report, clock.instant());
            log.warn("Publication of {} failed: {}", candidate.tagName(), e.getMessage());
            return new Outcome(false, report);
        }
    }

    /** Tags the commit; a tag already on this very commit (from an interrupted try) is kept, on another refused. */
    private boolean tag(EditionCandidate candidate, Author publisher, PublishedEdition edition, ArchivalPdf archival,
                        OffsetDateTime when) {
        var existing = content.resolve("refs/tags/" + candidate.tagName());
        if (existing.isPresent()) {
            if (!existing.get().equals(candidate.commitId())) {
                throw new IllegalStateException("标签 " + candidate.tagName() + " 已指向另一个提交 " + existing.get());
            }
            return false;
        }
        content.createTag(new TagRequest(candidate.tagName(), candidate.commitId(), publisher,
                when, tagMessage(edition, archival)));
        return true;
    }

    /** The tag's time, which the PDF's signature carries: an existing tag's (an interrupted try), else now. */
    private OffsetDateTime tagTime(EditionCandidate candidate) {
        return content.tags(candidate.tagName()).stream().filter(t -> t.name().equals(candidate.tagName()))
                .map(cn.guifanku.content.Tag::when).findFirst()
                .orElseGet(() -> OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private void checkIdentity(EditionCandidate candidate, RenderedStandard rendered) {
        StandardNumber number = StandardNumber.parse(rendered.metadata().number());
        if (!number.slug().equals(candidate.slug()) || !number.editionKey().equals(candidate.editionKey())) {
            throw new IllegalStateException("标准编号 " + number + " 与所在目录 " + candidate.tagName() + " 不一致");
        }
    }

    /** Takes back what this try made, unless the edition is in the catalog (then it is published, and all stays). */
    private void undo(EditionCandidate candidate, List<Artifact> stored, boolean tagCreated) {
        if (catalog.isPublished(candidate.slug(), candidate.editionKey())) {
            return;
        }
        if (tagCreated) {
            content.deleteTag(candidate.tagName());
        }
        // Files are shared by checksum: delete only those no published edition uses.
        stored.stream().filter(a -> catalog.standards().stream().flatMap(s -> s.editions().stream())
                        .noneMatch(e -> e.published().html().equals(a) || e.published().pdf().equals(a)))
                .forEach(a -> store.delete(a.sha256()));
    }

    private static String tagMessage(PublishedEdition e, ArchivalPdf archival) {
        return "发布 " + e.metadata().number() + " " + e.metadata().titleZh() + "\n\n"
                + "HTML-SHA256: " + e.html().sha256() + "\nPDF-SHA256: " + e.pdf().sha256() + "\n"
                + "PDF-Level: " + archival.level() + "\nPDF-Unsigned-Size: " + archival.unsignedSize() + "\n"
                + "Renderer: " + archival.rendererVersion() + "\n";
    }

    private static String warnings(List<RenderProblem> warnings) {
        return warnings.isEmpty() ? null : warnings.stream().map(RenderProblem::toString).collect(Collectors.joining("\n"));
    }

    private static String report(RuntimeException e) {
        if (e instanceof RenderFailedException failed) {
            return failed.problems().stream().map(RenderProblem::toString).collect(Collectors.joining("\n"));
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
