package cn.guifanku.publication;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.TestDatabase;
import cn.guifanku.archive.ArchivalFacts;
import cn.guifanku.archive.ArchivalPdf;
import cn.guifanku.archive.ArchiveStep;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.CatalogTestSupport;
import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import cn.guifanku.content.TestContentRepository;
import cn.guifanku.render.DraftStage;
import cn.guifanku.render.RenderFailedException;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.RenderedDocument;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandardMetadata;
import cn.guifanku.render.StandardRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication is all or nothing: tested on real Git, real SQL and real files, with a stand-in renderer. */
class PublisherTest {

    static final Author SECRETARIAT = new Author("秘书处", "secretariat@example.org");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    ContentRepository content;
    TestDatabase db;
    Catalog catalog;
    ArtifactStore store;
    PublicationAttempts attempts;
    String commit;

    /** Renders whatever the folder's standard.adoc holds as its "HTML", and a PDF from it; "FAIL" fails at line 3. */
    final StandardRenderer renderer = new StandardRenderer() {
        @Override
        public StandardMetadata readMetadata(SourceFiles files) {
            String text = files.read(SourceFiles.MAIN).orElseThrow();
            return new StandardMetadata(text.lines().findFirst().orElseThrow(), "公共图书馆读者服务规范", "Reader services",
                    "中华人民共和国文化行业标准", "01.140.20", "A14", LocalDate.parse("2024-03-15"),
                    LocalDate.parse("2024-07-01"), List.of(), "文化和旅游部", "公共服务司", "SAC/TC 389", "国家图书馆");
        }

        @Override
        public byte[] renderHtml(SourceFiles files) {
            return render(files).html();
        }

        @Override
        public RenderedStandard render(SourceFiles files) {
            String text = files.read(SourceFiles.MAIN).orElseThrow();
            if (text.contains("FAIL")) {
                throw new RenderFailedException(files.label(), List.of(
                        new RenderProblem("standard.adoc", 3, RenderProblem.Severity.ERROR, "表格未结束")));
            }
            return new RenderedStandard(readMetadata(files), ("<html>" + text + "</html>").getBytes(UTF_8),
                    ("%PDF " + text).getBytes(UTF_8), List.of());
        }

        @Override
        public RenderedDocument renderDocument(SourceFiles files, String mainFile) {
            String text = files.read(mainFile).orElseThrow();
            return new RenderedDocument(text.lines().findFirst().orElse(mainFile),
                    ("<html>" + text + "</html>").getBytes(UTF_8), ("%PDF " + text).getBytes(UTF_8), List.of());
        }

        @Override
        public RenderedStandard renderDraft(SourceFiles files, DraftStage stage, LocalDate date) {
            RenderedStandard published = render(files);
            return new RenderedStandard(published.metadata(), published.html(),
                    ("%PDF " + stage.label() + " " + date + "\n" + files.read(SourceFiles.MAIN).orElseThrow()).getBytes(UTF_8),
                    List.of());
        }
    };

    /** The archive step as a stand-in: the stand-in renderer's "PDF" is no PDF (ArchivalEditionsTest tests the real one). */
    static final ArchiveStep PASS_THROUGH = new ArchiveStep() {
        @Override
        public ArchivalPdf archive(byte[] renderedPdf, ArchivalFacts facts, Instant signingTime) {
            return new ArchivalPdf(renderedPdf, renderedPdf.length, "none", "test");
        }

        @Override
        public void record(String slug, String editionKey, ArchivalPdf pdf, Instant signingTime) {
        }
    };

    @BeforeEach
    void setUp() {
        content = TestContentRepository.open(dir.resolve("content.git"));
        db = TestDatabase.create();
        catalog = CatalogTestSupport.catalog(db.jdbc(), CLOCK);
        store = CatalogTestSupport.store(dir.resolve("artifacts"), db.jdbc());
        attempts = new PublicationAttempts(db.jdbc());
    }

    Publisher publisher() {
        return publisher(step -> { });
    }

    Publisher publisher(Publisher.StepProbe probe) {
        return new Publisher(content, renderer, store, catalog, attempts, db.transactions(), CLOCK, probe,
                new PublicationLock(db.dataSource()), PASS_THROUGH);
    }

    String commit(String text) {
        return content.commit(new CommitRequest(ContentRepository.MAIN, content.resolve(ContentRepository.MAIN).orElse(null),
                "wh-t-201", Map.of("standard.adoc", text.getBytes(UTF_8)), SECRETARIAT,
                OffsetDateTime.now(CLOCK), "批准", Map.of("Edition", "wh-t-201/2024")));
    }

    long storedFiles() throws IOException {
        if (!Files.exists(dir.resolve("artifacts"))) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir.resolve("artifacts"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void publishesRenderStoreCatalogAndTag() throws IOException {
        String id = commit("WH/T 201—2024\n正文");

        assertThat(publisher().publish(new EditionCandidate("wh-t-201", "2024", id), SECRETARIAT)).isTrue();

        assertThat(content.resolve("refs/tags/wh-t-201/2024")).contains(id);
        assertThat(content.tags("wh-t-201/2024")).singleElement().satisfies(t -> {
            assertThat(t.tagger()).isEqualTo(SECRETARIAT);
            assertThat(t.message()).contains("发布 WH/T 201—2024").contains("PDF-SHA256: ");
        });
        var edition = catalog.edition("wh-t-201", "2024").orElseThrow();
        assertThat(edition.published().commitId()).isEqualTo(id);
        assertThat(store.find(edition.published().pdf().sha256())).hasValueSatisfying(
                p -> assertThat(p).hasBinaryContent(("%PDF WH/T 201—2024\n正文").getBytes(UTF_8)));
        assertThat(storedFiles()).isEqualTo(2);
        assertThat(attempts.recent(10)).singleElement().satisfies(a -> assertThat(a.state()).isEqualTo(PublicationAttempts.State.PUBLISHED));
    }

    @Test
    void failedRenderLeavesNoTagNoFileNoCatalogEntryButAReportWithLines() throws IOException {
        String id = commit("WH/T 201—2024\n正文\nFAIL");

        assertThat(publisher().publish(new EditionCandidate("wh-t-201", "2024", id), SECRETARIAT)).isFalse();

        assertThat(content.resolve("refs/tags/wh-t-201/2024")).isEmpty();
        assertThat(catalog.isPublished("wh-t-201", "2024")).isFalse();
        assertThat(storedFiles()).isZero();
        assertThat(attempts.recent(10)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(PublicationAttempts.State.FAILED);
            assertThat(a.report()).isEqualTo("standard.adoc:3: 表格未结束");
        });
        assertThat(attempts.failedBefore(id)).isTrue();
    }

    @Test
    void failureAtTheLastStepUndoesTheCatalogEntryAndTheFiles() throws IOException {
        String id = commit("WH/T 201—2024\n正文");
        String other = commit("WH/T 201—2024\n另一个提交");
        // Someone already tagged wh-t-201/2024 on another commit: the tag step fails after the catalog insert.
        content.createTag(new TagRequest("wh-t-201/2024", other, SECRETARIAT, OffsetDateTime.now(CLOCK), "x"));

        assertThat(publisher().publish(new EditionCandidate("wh-t-201", "2024", id), SECRETARIAT)).isFalse();

        assertThat(catalog.isPublished("wh-t-201", "2024")).as("catalog insert rolled back").isFalse();
        assertThat(storedFiles()).as("files of the failed attempt removed").isZero();
        assertThat(content.resolve("refs/tags/wh-t-201/2024")).as("the existing tag is not touched").contains(other);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Publisher.Step.class)
    void faultAfterAnyStepLeavesNothingHalfPublishedAndTheRetryPublishesOnce(Publisher.Step faulty) throws IOException {
        String id = commit("WH/T 201—2024\n正文");
        EditionCandidate candidate = new EditionCandidate("wh-t-201", "2024", id);
        Publisher.StepProbe fault = step -> {
            if (step == faulty) {
                throw new IllegalStateException("磁盘故障（测试注入）");
            }
        };

        Publisher.Outcome failed = publisher(fault).publishOnce(candidate, SECRETARIAT);

        assertThat(failed.published()).isFalse();
        assertThat(failed.report()).contains("磁盘故障");
        assertThat(catalog.isPublished("wh-t-201", "2024")).isFalse();
        assertThat(content.resolve("refs/tags/wh-t-201/2024")).as("no tag without a catalog entry").isEmpty();
        assertThat(storedFiles()).as("no files of a failed publication").isZero();

        assertThat(publisher().publishOnce(candidate, SECRETARIAT).published()).isTrue();
        assertThat(publisher().publishOnce(candidate, SECRETARIAT).published()).as("a further retry changes nothing").isTrue();
        assertThat(catalog.find("wh-t-201").orElseThrow().editions()).hasSize(1);
        assertThat(content.tags("wh-t-201/")).hasSize(1);
        assertThat(storedFiles()).isEqualTo(2);
        assertThat(attempts.recent(10)).extracting(PublicationAttempts.Attempt::state)
                .containsExactly(PublicationAttempts.State.PUBLISHED, PublicationAttempts.State.FAILED);
    }

    @Test
    void refusesAFolderWhoseNumberSaysAnotherStandard() {
        String id = commit("WH/T 202—2023\n正文");

        assertThat(publisher().publish(new EditionCandidate("wh-t-201", "2024", id), SECRETARIAT)).isFalse();

        assertThat(attempts.recent(1).get(0).report()).contains("与所在目录 wh-t-201/2024 不一致");
        assertThat(content.resolve("refs/tags/wh-t-201/2024")).isEmpty();
    }
}
