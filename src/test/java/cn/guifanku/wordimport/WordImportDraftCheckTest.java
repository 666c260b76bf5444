package cn.guifanku.wordimport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.render.DraftingRules;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.SourceFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a well-made Word standard becomes passes the drafting rules a draft is checked against, as it is. */
class WordImportDraftCheckTest {

    static List<RenderProblem> check(String standard) {
        SourceFiles files = new SourceFiles() {
            @Override
            public String label() {
                return "imported";
            }

            @Override
            public Optional<String> read(String path) {
                return path.equals(SourceFiles.MAIN) ? Optional.of(standard) : Optional.empty();
            }
        };
        return new DraftingRules().check(files);
    }

    @Test
    void aStandardImportedFromWordPassesTheDraftingRulesWithoutErrors() {
        ImportedDraft draft = WordImportTest.convert(SampleStandard.build());

        List<RenderProblem> problems = check(draft.standard());

        assertThat(problems).filteredOn(p -> p.severity() == RenderProblem.Severity.ERROR).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aProblemOfTheCheckPointsAtTheWordParagraphItCameFrom() {
        ImportedDraft draft = WordImportTest.convert(SampleStandard.build(SampleStandard.MUST));

        RenderProblem must = check(draft.standard()).stream().filter(p -> p.message().contains("必须")).findFirst().orElseThrow();

        assertThat(draft.standard().lines().toList().get(must.line() - 1)).isEqualTo(SampleStandard.MUST);
        assertThat(draft.paragraphAt(must.line())).contains(38);
    }
}
