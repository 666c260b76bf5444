package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandaloneRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a Word standard becomes renders as the application renders it (the standalone renderer, no Spring): HTML and
 * PDF without a warning, its clauses numbered by the renderer, its table and figure with GB/T captions, the figure
 * read from the folder beside {@code standard.adoc}.
 */
class WordImportRenderTest {

    @Test
    void anImportedStandardRendersWithItsTableAndFigureAndNoWarning() {
        ImportedDraft draft = WordImportTest.convert(SampleStandard.build());
        SourceFiles folder = new SourceFiles() {
            @Override
            public String label() {
                return "imported";
            }

            @Override
            public Optional<String> read(String path) {
                return path.equals(SourceFiles.MAIN) ? Optional.of(draft.standard()) : Optional.empty();
            }

            @Override
            public Optional<byte[]> readBytes(String path) {
                return Optional.ofNullable(draft.figures().get(path));
            }
        };

        RenderedStandard rendered;
        try (StandaloneRenderer.Closeable renderer = StandaloneRenderer.open()) {
            rendered = renderer.render(folder);
        }

        assertThat(rendered.warnings()).isEmpty();
        String html = new String(rendered.html(), StandardCharsets.UTF_8);
        assertThat(html).contains("图书馆无障碍服务规范", "无障碍服务设施", "无障碍服务流程", "（规范性）", "（资料性）",
                "accessible service").contains("表 1　无障碍服务设施", "图 1　无障碍服务流程", "1　范围", "4.2　服务设施")
                .doesNotContain("1　1", "4.2　4.2"); // numbered once, by the renderer
        assertThat(html).contains("data:image/png;base64");
        assertThat(rendered.pdf()).isNotEmpty();
    }
}
