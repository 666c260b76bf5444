package cn.guifanku.terms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.proposal.Proposal;
import cn.guifanku.process.Stage;
import cn.guifanku.render.RenderProblem;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.terms.TermFixture.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A draft that redefines a term of another standard in force is warned, with the line of the term. */
class RedefinedTermsTest {

    static final String SOURCE = "= 草案\n\n== 术语和定义\n\n=== 图书馆员\n**图书馆员** librarian\n\n在图书馆工作的所有人员\n";
    TermFixture f;
    RedefinedTerms advisor;

    @BeforeEach
    void publish() throws IOException {
        f = new TermFixture();
        f.publish("WH/T 203—2025", "2025-01-20", "2025-05-01", List.of(),
                new Entry("图书馆员", "librarian", "在图书馆从事专业工作的人员", ""));
        advisor = new RedefinedTerms(f.terms);
    }

    @Test
    void warnsWhenADraftRedefinesATermOfAnotherStandard() {
        List<RenderProblem> found = advise(proposal(null), "在图书馆工作的所有人员", "");
        assertThat(found).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(RenderProblem.Severity.WARNING);
            assertThat(w.file()).isEqualTo("standard.adoc");
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.message()).contains("图书馆员", "WH/T 203—2025", "在图书馆从事专业工作的人员");
        });
    }

    @Test
    void warnsOncePerStandardCitingItsNewestEditionWhenARevisionIsAlreadyPublished() throws IOException {
        f.publish("WH/T 203—2026", "2026-01-20", "2027-01-01", List.of("WH/T 203—2025"),
                new Entry("图书馆员", "librarian", "在图书馆从事专业工作的人员", ""));
        List<RenderProblem> found = advise(proposal(null), "在图书馆工作的所有人员", "");
        assertThat(found).singleElement().satisfies(w -> assertThat(w.message()).contains("WH/T 203—2026"));
    }

    @Test
    void saysNothingForTheSameDefinitionTheRevisedStandardOrACitedSource() {
        assertThat(advise(proposal(null), "在图书馆从事专业工作的人员。", "")).isEmpty();
        assertThat(advise(proposal("wh-t-203"), "在图书馆工作的所有人员", "")).isEmpty();
        assertThat(advise(proposal(null), "在图书馆工作的所有人员", "〔来源：WH/T 203—2025，3.1，有修改〕")).isEmpty();
    }

    private List<RenderProblem> advise(Proposal p, String definition, String source) {
        byte[] html = TermFixture.html(new Entry("图书馆员", "librarian", definition, source)).getBytes(StandardCharsets.UTF_8);
        SourceFiles files = new SourceFiles() {
            @Override
            public String label() {
                return "draft";
            }

            @Override
            public Optional<String> read(String path) {
                return Optional.of(SOURCE).filter(s -> path.equals(SourceFiles.MAIN));
            }
        };
        return advisor.advise(p, files, html);
    }

    private static Proposal proposal(String target) {
        return new Proposal("P2026-900", target == null ? Proposal.Kind.NEW : Proposal.Kind.REVISION, "草案", "范围", "理由",
                target, null, "tc389", "editor1", Instant.parse("2026-01-01T00:00:00Z"), "draft/P2026-900", "p2026-900",
                Stage.DRAFTING, null, null, null, null, null, null, null, null, 0);
    }
}
