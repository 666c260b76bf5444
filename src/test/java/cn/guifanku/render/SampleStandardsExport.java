package cn.guifanku.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dev tool, not a check: writes the HTML and PDF of every sample under standards/ (and of each as a 征求意见稿), of the
 * test fixtures and of the committee documents in the committee fixture to target/render-samples/ for a person to look
 * at. Run with
 * {@code ./mvnw -B -q test -Dtest=SampleStandardsExport -Drender.samples=true}.
 */
@ExtendWith(SharedRenderer.class)
@EnabledIfSystemProperty(named = "render.samples", matches = "true")
class SampleStandardsExport {

    @Test
    void writesSampleRenditionsToTarget(AsciidoctorStandardRenderer renderer) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "render-samples"));
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(Path.of("standards"))) {
            try (Stream<Path> mains = Files.walk(Path.of("standards"))) {
                mains.filter(p -> p.getFileName().toString().equals(SourceFiles.MAIN)).sorted()
                        .forEach(p -> folders.add(p.getParent()));
            }
        }
        folders.add(Path.of("src/test/resources/render/basic"));
        folders.add(Path.of("src/test/resources/render/rare-characters"));
        folders.add(Path.of("src/test/resources/render/forms"));
        for (Path folder : folders) {
            String name = folder.toString().replaceFirst("^standards/", "").replaceFirst("^src/test/resources/render/", "fixture-")
                    .replace('/', '-');
            long start = System.nanoTime();
            try {
                RenderedStandard rendered = renderer.render(TestSources.folder(folder));
                Files.write(out.resolve(name + ".pdf"), rendered.pdf());
                Files.write(out.resolve(name + ".html"), rendered.html());
                System.out.printf("%s: %d ms, PDF %d bytes, HTML %d bytes, %d warnings%n", name,
                        (System.nanoTime() - start) / 1_000_000, rendered.pdf().length, rendered.html().length,
                        rendered.warnings().size());
                rendered.warnings().forEach(w -> System.out.println("  " + w));
            } catch (RenderFailedException e) {
                System.out.println(name + ": " + e.getMessage());
            }
        }
        for (Path folder : folders.subList(0, folders.size() - 3)) {
            String name = folder.toString().replaceFirst("^standards/", "").replace('/', '-') + "-draft";
            RenderedStandard draft = renderer.renderDraft(TestSources.folder(folder), DraftStage.COMMENT_DRAFT, LocalDate.of(2024, 1, 15));
            Files.write(out.resolve(name + ".pdf"), draft.pdf());
            Files.write(out.resolve(name + ".html"), draft.html());
            System.out.printf("%s: PDF %d bytes%n", name, draft.pdf().length);
        }
        for (String document : List.of("comment-resolution.adoc", "explanatory-note.adoc")) {
            String name = "fixture-committee-" + document.replace(".adoc", "");
            long start = System.nanoTime();
            RenderedDocument rendered = renderer.renderDocument(TestSources.fixture("committee"), document);
            Files.write(out.resolve(name + ".pdf"), rendered.pdf());
            Files.write(out.resolve(name + ".html"), rendered.html());
            System.out.printf("%s: %d ms, PDF %d bytes, HTML %d bytes, %d warnings%n", name,
                    (System.nanoTime() - start) / 1_000_000, rendered.pdf().length, rendered.html().length,
                    rendered.warnings().size());
            rendered.warnings().forEach(w -> System.out.println("  " + w));
        }
    }
}
