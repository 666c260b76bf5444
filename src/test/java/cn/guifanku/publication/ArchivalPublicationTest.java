package cn.guifanku.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.TestDatabase;
import cn.guifanku.archive.ArchiveStep;
import cn.guifanku.archive.PdfaValidation;
import cn.guifanku.archive.TestKeys;
import cn.guifanku.archive.TestPdfs;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.CatalogTestSupport;
import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TestContentRepository;
import cn.guifanku.render.DraftStage;
import cn.guifanku.render.RenderedDocument;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandaloneRenderer;
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
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication with the real archive step: a PDF that breaks PDF/A is not published; the same commit gives the same PDF. */
class ArchivalPublicationTest {

    static final Author SECRETARIAT = new Author("秘书处", "secretariat@example.org");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One installation: its own Git repository, database and artifact folder; the committee's key shared. */
    final class Installation {
        final ContentRepository content;
        final TestDatabase db = TestDatabase.create();
        final Catalog catalog;
        final ArtifactStore store;
        final PublicationAttempts attempts;
        final Publisher publisher;
        final Path root;

        Installation(String name, StandardRenderer renderer) {
            root = dir.resolve(name);
            content = TestContentRepository.signed(root.resolve("content.git"), TestKeys.committee()::pgpSign);
            catalog = CatalogTestSupport.catalog(db.jdbc(), CLOCK);
            store = CatalogTestSupport.store(root.resolve("artifacts"), db.jdbc());
            attempts = new PublicationAttempts(db.jdbc());
            publisher = new Publisher(content, renderer, store, catalog, attempts, db.transactions(), CLOCK, step -> { },
                    new PublicationLock(db.dataSource()), ArchiveStep.create(TestKeys.committee(), db.jdbc()));
        }

        String commit(String folder, Map<String, byte[]> files) {
            return content.commit(new CommitRequest(ContentRepository.MAIN, null, folder, files, SECRETARIAT,
                    OffsetDateTime.now(CLOCK), "批准", Map.of("Edition", folder + "/2025")));
        }

        long storedFiles() throws IOException {
            if (!Files.exists(root.resolve("artifacts"))) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(root.resolve("artifacts"))) {
                return files.filter(Files::isRegularFile).count();
            }
        }
    }

    @Test
    void pdfThatBreaksPdfAIsNotPublishedAndTheReportNamesTheRule() throws IOException {
        Installation site = new Installation("a", renderer(files -> TestPdfs.unembeddedFont()));
        String id = site.commit("wh-t-201", Map.of("standard.adoc", "= 标准\n".getBytes()));

        Publisher.Outcome outcome = site.publisher.publishOnce(new EditionCandidate("wh-t-201", "2024", id), SECRETARIAT);

        assertThat(outcome.published()).isFalse();
        assertThat(outcome.report()).contains("不符合 PDF/A-2u", "ISO 19005-2 6.2.11.4.1-1", "embedded");
        assertThat(site.content.resolve("refs/tags/wh-t-201/2024")).as("no tag").isEmpty();
        assertThat(site.catalog.isPublished("wh-t-201", "2024")).as("no catalog entry").isFalse();
        assertThat(site.storedFiles()).as("no file").isZero();
        assertThat(site.attempts.recent(10)).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(PublicationAttempts.State.FAILED);
            assertThat(a.report()).contains("6.2.11.4.1-1");
        });
    }

    @Test
    void theSameCommitPublishedInTwoFreshInstallationsWithTheSameKeyGivesTheSamePdf() throws IOException {
        // the edition's whole folder: its text and its figures' images (competence.svg, hours.png)
        Map<String, byte[]> source = new java.util.TreeMap<>();
        try (var files = Files.list(Path.of("standards/wh-t-203/2025"))) {
            for (Path file : files.toList()) {
                source.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        try (StandaloneRenderer.Closeable real = StandaloneRenderer.open()) {
            StandardRenderer renderer = renderer(null, real);
            Installation first = new Installation("first", renderer);
            Installation second = new Installation("second", renderer);
            String id = first.commit("wh-t-203", source);
            assertThat(second.commit("wh-t-203", source)).isEqualTo(id);

            assertThat(first.publisher.publish(new EditionCandidate("wh-t-203", "2025", id), SECRETARIAT)).isTrue();
            assertThat(second.publisher.publish(new EditionCandidate("wh-t-203", "2025", id), SECRETARIAT)).isTrue();

            var one = first.catalog.edition("wh-t-203", "2025").orElseThrow().published();
            var two = second.catalog.edition("wh-t-203", "2025").orElseThrow().published();
            assertThat(two.pdf().sha256()).isEqualTo(one.pdf().sha256());
            byte[] pdf = Files.readAllBytes(first.store.find(one.pdf().sha256()).orElseThrow());
            assertThat(Files.readAllBytes(second.store.find(two.pdf().sha256()).orElseThrow())).isEqualTo(pdf);
            assertThat(new PdfaValidation().validate(pdf).broken()).isEmpty();
            assertThat(second.content.tags("wh-t-203/2025")).isEqualTo(first.content.tags("wh-t-203/2025"));
        }
    }

    /** A renderer whose PDF comes from {@code pdf}; metadata and HTML from the real one when given. */
    static StandardRenderer renderer(Function<SourceFiles, byte[]> pdf, StandaloneRenderer.Closeable real) {
        return new StandardRenderer() {
            @Override
            public StandardMetadata readMetadata(SourceFiles files) {
                return render(files).metadata();
            }

            @Override
            public RenderedStandard render(SourceFiles files) {
                if (real != null) {
                    RenderedStandard rendered = real.render(files);
                    return new RenderedStandard(rendered.metadata(), rendered.html(), rendered.pdf(), rendered.warnings());
                }
                return new RenderedStandard(TestPdfs.METADATA, "<html></html>".getBytes(), pdf.apply(files), List.of());
            }

            @Override
            public RenderedStandard renderDraft(SourceFiles files, DraftStage stage, LocalDate date) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] renderHtml(SourceFiles files) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RenderedDocument renderDocument(SourceFiles files, String mainFile) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static StandardRenderer renderer(Function<SourceFiles, byte[]> pdf) {
        return renderer(pdf, null);
    }
}
