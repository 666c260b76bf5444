package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TestContentRepository;
import cn.guifanku.web.Problem;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    static final Author EDITOR = new Author("editor1", "editor1@example.org");

    @TempDir
    Path dir;
    ContentRepository content;
    Drafts drafts;

    @BeforeEach
    void setUp() {
        content = TestContentRepository.open(dir.resolve("content.git"));
        content.commit(new CommitRequest(ContentRepository.MAIN, null, "wh-t-201",
                Map.of("standard.adoc", "= 已发布\n".getBytes(UTF_8)), EDITOR, OffsetDateTime.now(CLOCK), "发布", Map.of()));
        drafts = new Drafts(content, CLOCK, null);
    }

    Proposal proposal(String id) {
        return new Proposal(id, Proposal.Kind.REVISION, "标题", "范围", "理由", "wh-t-201", "2024", "tc389", "editor1",
                CLOCK.instant(), "draft/" + id, "wh-t-201", Stage.DRAFTING, null, null, null, null, null, null, null, null, 0);
    }

    @Test
    void aRevisionKeepsTheFiguresImagesByteForByteThroughItsSaves() {
        Proposal p = proposal("P2026-002");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff, 0x00, 0x7f};
        String first = drafts.create(p, Map.of("standard.adoc", "= 草案\n"), Map.of("flow.png", png), EDITOR);
        String second = drafts.save(p, "standard.adoc", "= 草案 第二稿\n", first, "第二稿", EDITOR);
        assertThat(content.readFile(second, "wh-t-201/flow.png")).hasValue(png);
        assertThat(drafts.files(p, second)).containsKeys("standard.adoc", "flow.png");
        assertThat(Drafts.isText("flow.png")).isFalse();
        assertThat(Drafts.isText("standard.adoc")).isTrue();
    }

    @Test
    void savesOnTheLatestRevisionAndRefusesAStaleOneKeepingTheWinner() {
        Proposal p = proposal("P2026-001");
        String first = drafts.create(p, Map.of("standard.adoc", "= 草案\n"), EDITOR);
        String second = drafts.save(p, "standard.adoc", "= 草案 第二稿\n", first, "第二稿", EDITOR);

        assertThatThrownBy(() -> drafts.save(p, "standard.adoc", "= 另一人的修改\n", first, "冲突", EDITOR))
                .isInstanceOfSatisfying(Problem.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(409);
                    assertThat(e.getBody().getProperties()).containsEntry("head", second);
                });
        assertThat(drafts.read(p, "standard.adoc", null).text()).isEqualTo("= 草案 第二稿\n");
        assertThat(drafts.history(p)).extracting(r -> r.subject()).startsWith("第二稿", "开始起草：标题");
    }

    @Test
    void neverReadsAnotherProposalsDraftThroughARevisionId() {
        Proposal mine = proposal("P2026-001");
        Proposal confidential = proposal("P2026-002");
        drafts.create(mine, Map.of("standard.adoc", "= 我的草案\n"), EDITOR);
        String secret = drafts.create(confidential, Map.of("standard.adoc", "= 保密草案\n"), EDITOR);

        assertThatThrownBy(() -> drafts.read(mine, "standard.adoc", secret))
                .isInstanceOfSatisfying(Problem.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThatThrownBy(() -> drafts.diff(mine, "standard.adoc", secret)).isInstanceOf(Problem.class);
        assertThat(drafts.read(confidential, "standard.adoc", secret).text()).isEqualTo("= 保密草案\n");
    }

    @Test
    void refusesFileNamesThatCouldLeaveTheFolder() {
        Proposal p = proposal("P2026-001");
        drafts.create(p, Map.of("standard.adoc", "= 草案\n"), EDITOR);
        for (String bad : new String[] {"../wh-t-202/standard.adoc", "/etc/passwd", "Standard.ADOC", "x.txt"}) {
            assertThatThrownBy(() -> drafts.read(p, bad, null)).as(bad)
                    .isInstanceOfSatisfying(Problem.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(400));
        }
    }
}
