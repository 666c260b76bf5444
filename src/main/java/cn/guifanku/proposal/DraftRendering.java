package cn.guifanku.proposal;

import cn.guifanku.content.ContentRepository;
import cn.guifanku.proposal.DraftFacts.Fact;
import cn.guifanku.proposal.DraftFacts.Suggestion;
import cn.guifanku.render.DraftStage;
import cn.guifanku.render.FolderAtRevision;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandardRenderer;
import cn.guifanku.web.Times;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Renders a proposal's draft as a draft, everywhere it is shown (preview, review page, the 征求意见稿 PDF): the stage
 * it is at and the day its revision was made on the cover, the patent request, the number with its year open, no
 * published dates, and 代替 as the catalog has it (the header's {@code :std-replaces:} is set from the record for the
 * render only; the draft itself is never changed behind the editor's back).
 */
@Component
public class DraftRendering {

    private final ContentRepository content;
    private final StandardRenderer renderer;
    private final RecordFacts facts;
    private final Times times;
    private final java.time.Clock clock;

    DraftRendering(ContentRepository content, StandardRenderer renderer, RecordFacts facts, Times times,
                   java.time.Clock clock) {
        this.clock = clock;
        this.content = content;
        this.renderer = renderer;
        this.facts = facts;
        this.times = times;
    }

    /** The stage whose mark a proposal's draft carries: 征求意见稿 until the comments are in, then 送审稿, then 报批稿. */
    public static DraftStage stageOf(Proposal p) {
        return switch (p.stage()) {
            case DISPOSITION, BALLOT -> DraftStage.REVIEW_DRAFT;
            case APPROVAL, PUBLISHING, PUBLICATION_FAILED, PUBLISHED -> DraftStage.APPROVAL_DRAFT;
            default -> DraftStage.COMMENT_DRAFT;
        };
    }

    /** 本稿完成日期: the day the revision was saved, in the configured zone. */
    public LocalDate dateOf(Proposal p, String revision) {
        return content.history(revision, p.folder(), 1).stream().findFirst()
                .map(r -> times.day(r.when().toInstant())).orElseGet(() -> times.day(clock.instant()));
    }

    /** The draft's HTML at a revision, as the draft it is. */
    public byte[] html(Proposal p, String revision) {
        return html(p, new FolderAtRevision(content, revision, p.folder()), stageOf(p), dateOf(p, revision));
    }

    /** Any version of the draft's files (also unsaved text over a revision) as HTML; problems keep the editor's lines. */
    byte[] html(Proposal p, SourceFiles files, DraftStage stage, LocalDate date) {
        Recorded recorded = recorded(p, files);
        try {
            return renderer.renderDraftHtml(recorded, stage, date);
        } catch (RenderFailedException e) {
            throw recorded.inOwnLines(e);
        }
    }

    /** HTML and PDF of the draft at a stage (the check, the 征求意见稿 PDF). */
    RenderedStandard render(Proposal p, SourceFiles files, DraftStage stage, LocalDate date) {
        Recorded recorded = recorded(p, files);
        try {
            RenderedStandard rendered = renderer.renderDraft(recorded, stage, date);
            return new RenderedStandard(rendered.metadata(), rendered.html(), rendered.pdf(),
                    recorded.ownLines(rendered.warnings()));
        } catch (RenderFailedException e) {
            throw recorded.inOwnLines(e);
        }
    }

    private Recorded recorded(Proposal p, SourceFiles files) {
        Optional<String> main = files.read(SourceFiles.MAIN);
        Optional<Suggestion> header = main.flatMap(text -> facts.checkText(p, text).stream()
                .filter(f -> f.fact() == Fact.HEADER_REPLACES && f.suggestion() != null).map(DraftFacts.Finding::suggestion)
                .findFirst());
        Optional<String> changed = header.flatMap(s -> SuggestedChanges.apply(main.get(), List.of(s)));
        return new Recorded(files, changed.orElse(null), changed.isEmpty() ? null : header.get());
    }

    /** The files with the main file's header as the record has it; knows which lines it moved. */
    private record Recorded(SourceFiles files, String main, Suggestion change) implements SourceFiles {

        @Override
        public String label() {
            return files.label();
        }

        @Override
        public Optional<String> read(String relativePath) {
            return main != null && SourceFiles.MAIN.equals(relativePath) ? Optional.of(main) : files.read(relativePath);
        }

        @Override
        public Optional<byte[]> readBytes(String relativePath) {
            return files.readBytes(relativePath);
        }

        /** Problems on the main file's lines as the editor has them (an added header line moved the rest by one). */
        RenderFailedException inOwnLines(RenderFailedException e) {
            return change == null ? e : new RenderFailedException(files.label(), ownLines(e.problems()));
        }

        List<RenderProblem> ownLines(List<RenderProblem> problems) {
            if (change == null || change.toLine() >= change.fromLine()) {
                return problems; // a line replaced in place moves nothing
            }
            int added = change.replacement().split("\n", -1).length;
            return problems.stream().map(x -> SourceFiles.MAIN.equals(x.file()) && x.line() != null
                    && x.line() >= change.fromLine()
                    ? new RenderProblem(x.file(), Math.max(change.fromLine() - 1, x.line() - added), x.severity(), x.message())
                    : x).toList();
        }
    }
}
