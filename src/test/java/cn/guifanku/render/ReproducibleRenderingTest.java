package cn.guifanku.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.SharedRenderer.RenderedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedRenderer.class)
class ReproducibleRenderingTest {

    @Test
    void twoRendersOfTheSameFilesAreByteIdentical(AsciidoctorStandardRenderer renderer, RenderedFixtures fixtures) {
        RenderedStandard first = fixtures.get("basic");
        RenderedStandard second = renderer.render(TestSources.fixture("basic"));
        assertThat(second.html()).isEqualTo(first.html());
        assertThat(second.pdf()).isEqualTo(first.pdf());
    }

    @Test
    void twoRendersOfTheSameDocumentAreByteIdentical(AsciidoctorStandardRenderer renderer, RenderedFixtures fixtures)
            throws IOException {
        for (String mainFile : new String[] {"comment-resolution.adoc", "explanatory-note.adoc"}) {
            RenderedDocument first = fixtures.document("committee", mainFile);
            RenderedDocument second = renderer.renderDocument(TestSources.fixture("committee"), mainFile);
            assertThat(second.html()).as(mainFile).isEqualTo(first.html());
            assertThat(second.pdf()).as(mainFile).isEqualTo(first.pdf());
            try (PDDocument document = Loader.loadPDF(first.pdf())) {
                assertThat(document.getDocumentInformation().getCreationDate()).isNull();
                assertThat(document.getDocumentInformation().getModificationDate()).isNull();
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo(first.title());
            }
        }
    }

    @Test
    void outputCarriesNoTimestamps(RenderedFixtures fixtures) throws IOException {
        RenderedStandard rendered = fixtures.get("basic");
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getDocumentInformation().getCreationDate()).isNull();
            assertThat(document.getDocumentInformation().getModificationDate()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("图书馆古籍阅览服务规范");
        }
        assertThat(new String(rendered.html(), StandardCharsets.UTF_8)).doesNotContain("Last updated", "最后更新");
    }
}
