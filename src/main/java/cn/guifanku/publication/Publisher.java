package cn.guifanku.publication;

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
 * Publishes one edition, all or nothing: render, store the files, record the catalog entry and tag the commit.
 * The tag comes last, inside the catalog transaction; if anything fails, the transaction rolls back, the tag is
 * removed and the files this attempt stored are deleted, so a failed publication leaves no tag, no file and no
 * catalog entry — only the attempt with its report, which says what to fix, with line numbers.
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

    Publisher(ContentRepository content, StandardRenderer renderer, ArtifactStore store, Catalog catalog,
              PublicationAttempts attempts, TransactionTemplate transaction, Clock clock) {
        this.content = content;
        this.renderer = renderer;
        this.store = store;
        this.catalog = catalog;
        this.attempts = attempts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Publishes the edition; returns true when it reached the catalog. Slow (seconds): call off request threads. */
    public boolean publish(EditionCandidate candidate, Author publisher) {
        long attempt = attempts.start(candidate, clock.instant());
        List<Artifact> stored = new ArrayList<>();
        boolean tagged = false;
        try {
            RenderedStandard rendered = renderer.render(new FolderAtRevision(content, candidate.commitId(), candidate.slug()));
            checkIdentity(candidate, rendered);
            Artifact html = store.store(rendered.html());
            stored.add(html);
            Artifact pdf = store.store(rendered.pdf());
            stored.add(pdf);
            Instant now = clock.instant();
            PublishedEdition edition = new PublishedEdition(candidate.slug(), candidate.editionKey(),
                    rendered.metadata(), candidate.commitId(), candidate.tagName(), html, pdf, now);
            transaction.executeWithoutResult(tx -> {
                catalog.record(edition);
                content.createTag(new TagRequest(candidate.tagName(), candidate.commitId(), publisher,
                        OffsetDateTime.now(clock), tagMessage(edition)));
            });
            tagged = true;
            attempts.finish(attempt, PublicationAttempts.State.PUBLISHED, warnings(rendered.warnings()), clock.instant());
            log.info("Published {} ({} bytes HTML, {} bytes PDF)", rendered.metadata().number(), html.size(), pdf.size());
            return true;
        } catch (RuntimeException e) {
            undo(candidate, stored, tagged);
            attempts.finish(attempt, PublicationAttempts.State.FAILED, report(e), clock.instant());
            log.warn("Publication of {} failed: {}", candidate.tagName(), e.getMessage());
            return false;
        }
    }

    private void checkIdentity(EditionCandidate candidate, RenderedStandard rendered) {
        StandardNumber number = StandardNumber.parse(rendered.metadata().number());
        if (!number.slug().equals(candidate.slug()) || !number.editionKey().equals(candidate.editionKey())) {
            throw new IllegalStateException("标准编号 " + number + " 与所在目录 " + candidate.tagName() + " 不一致");
        }
    }

    private void undo(EditionCandidate candidate, List<Artifact> stored, boolean tagged) {
        if (!tagged && content.tags(candidate.tagName()).stream().anyMatch(t -> t.name().equals(candidate.tagName())
                && t.commitId().equals(candidate.commitId()) && !catalog.isPublished(candidate.slug(), candidate.editionKey()))) {
            content.deleteTag(candidate.tagName());
        }
        // Files are shared by checksum: delete only those no published edition uses.
        stored.stream().filter(a -> catalog.standards().stream().flatMap(s -> s.editions().stream())
                        .noneMatch(e -> e.published().html().equals(a) || e.published().pdf().equals(a)))
                .forEach(a -> store.delete(a.sha256()));
    }

    private static String tagMessage(PublishedEdition e) {
        return "发布 " + e.metadata().number() + " " + e.metadata().titleZh() + "\n\n"
                + "HTML-SHA256: " + e.html().sha256() + "\nPDF-SHA256: " + e.pdf().sha256() + "\n";
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
