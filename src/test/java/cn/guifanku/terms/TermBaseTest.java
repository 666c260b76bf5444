package cn.guifanku.terms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.terms.TermFixture.Entry;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The term base over editions in force: one row per term, conflicting definitions flagged. */
class TermBaseTest {

    TermFixture f;

    @BeforeEach
    void publish() throws IOException {
        f = new TermFixture();
        f.publish("WH/T 201—2024", "2024-03-15", "2024-07-01", List.of(),
                new Entry("读者服务", "reader service", "公共图书馆以读者为对象开展的各项服务活动的总称", ""),
                new Entry("读者证", "library card", "用于识别读者身份的凭证", ""));
        f.publish("WH/T 203—2025", "2025-01-20", "2025-05-01", List.of(),
                new Entry("读者服务", "reader service", "图书馆以读者为对象开展的各项服务活动的总称", "〔来源：WH/T 201—2024，3.3，有修改〕"),
                new Entry("读者证", "library card", "用于识别读者身份的 凭证。", ""));
    }

    @Test
    void readsTermEnglishDefinitionNotesAndSourceFromTheRenderedEntries() {
        List<TermEntry> entries = TermExtractor.extract(TermFixture.html(
                new Entry("图书馆员", "librarian", "在图书馆从事专业工作的人员", "〔来源：GB/T 1—2020，3.1〕")).getBytes());
        assertThat(entries).containsExactly(new TermEntry("3.1", "图书馆员", "librarian", "在图书馆从事专业工作的人员",
                List.of("注的内容。"), "〔来源：GB/T 1—2020，3.1〕", "_图书馆员"));
    }

    @Test
    void aDefinitionNamingItsSourceIsAnAdoptionNotAConflict() {
        TermRow service = row("读者服务");
        assertThat(service.conflicting()).as("203 cites 201 as its source, with changes").isFalse();
        assertThat(service.definitions()).extracting(TermRow.Definition::number)
                .containsExactlyInAnyOrder("WH/T 201—2024", "WH/T 203—2025");
        assertThat(service.definitions()).extracting(TermRow.Definition::url)
                .contains("/standards/wh-t-201/2024.html#_读者服务");
        assertThat(f.terms.find("", true)).isEmpty();
    }

    @Test
    void flagsATermTwoStandardsDefineDifferentlyInTheirOwnWords() {
        f.publish("WH/T 204—2025", "2025-02-01", "2025-06-01", List.of(),
                new Entry("读者服务", "reader service", "图书馆向读者提供文献和信息的活动", ""));
        assertThat(row("读者服务").conflicting()).isTrue();
        assertThat(f.terms.find("", true)).extracting(TermRow::term).containsExactly("读者服务");
    }

    @Test
    void editionsOfOneStandardAreOneEntryTheEditionInForceFirst() {
        f.publish("WH/T 201—2026", "2025-12-01", "2026-03-01", List.of(),
                new Entry("读者证", "library card", "用于识别读者身份的凭证", ""));
        TermRow card = row("读者证");
        assertThat(card.definitions()).extracting(TermRow.Definition::number)
                .containsExactly("WH/T 201—2024", "WH/T 203—2025");
        assertThat(card.definitions().get(0).alsoIn()).containsExactly("WH/T 201—2026");
        assertThat(card.conflicting()).isFalse();
    }

    @Test
    void ignoresSpacesAndPunctuationWhenComparingDefinitions() {
        assertThat(row("读者证").conflicting()).isFalse();
        assertThat(row("读者证").definitions()).hasSize(2);
    }

    @Test
    void leavesOutReplacedEditionsAndFiltersByWords() {
        f.publish("WH/T 201—2026", "2025-10-01", "2025-12-01", List.of(),
                new Entry("读者服务", "reader service", "图书馆以读者为对象开展的各项服务活动的总称", ""));
        assertThat(row("读者服务").conflicting()).isFalse();
        assertThat(row("读者服务").definitions()).extracting(TermRow.Definition::number).doesNotContain("WH/T 201—2024");
        assertThat(f.terms.find("library", false)).extracting(TermRow::term).containsExactly("读者证");
        assertThat(f.terms.find("身份凭证", false)).isEmpty();
        assertThat(f.terms.find("识别读者身份", false)).extracting(TermRow::term).containsExactly("读者证");
    }

    private TermRow row(String term) {
        return f.terms.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElseThrow();
    }
}
