package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.DraftingRules;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.SourceFiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A new standard starts from a template that already follows the drafting rules, so an editor starts clean. */
class DraftTemplatesTest {

    final DraftTemplates templates = new DraftTemplates(Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void templateHasNoDraftingErrors() {
        Map<String, String> files = Map.of("standard.adoc", templates.standard("图书馆无障碍服务规范"),
                "explanatory-note.adoc", templates.note("图书馆无障碍服务规范"));
        SourceFiles source = new SourceFiles() {
            @Override
            public String label() {
                return "template";
            }

            @Override
            public Optional<String> read(String path) {
                return Optional.ofNullable(files.get(path));
            }
        };
        assertThat(new DraftingRules().check(source))
                .filteredOn(p -> p.severity() == RenderProblem.Severity.ERROR).isEmpty();
        assertThat(files.get("standard.adoc")).startsWith("= 图书馆无障碍服务规范").contains(":std-number: WH/T 0—2026");
    }
}
