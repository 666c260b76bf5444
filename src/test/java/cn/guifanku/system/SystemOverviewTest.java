package cn.guifanku.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.process.Stage;
import cn.guifanku.render.StandardMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemOverviewTest {

    static final String FILE = """
            categories:
              - code: "1"
                name: 读者服务
                entries:
                  - standard: WH/T 201
                  - standard: WH/T 9
                  - standard: WH/T 77
                  - planned: 图书馆无障碍服务规范
                    code: "1-04"
                  - planned: 古籍修复技术规范
                    code: "1-05"
                  - planned: 公共图书馆评估指标
                    code: "1-06"
                    number: WH/T 3xx
                categories:
                  - code: "1.1"
                    name: 子类
                    entries:
                      - standard: WH/T 203
            """;

    final StandardsSystem system = mock(StandardsSystem.class);
    final Catalog catalog = mock(Catalog.class);
    final Proposals proposals = mock(Proposals.class);

    SystemView view() {
        when(system.current()).thenReturn(Optional.of(new StandardsSystem.Parsed("f".repeat(40), SystemFileParser.parse(FILE))));
        when(catalog.standards()).thenReturn(List.of(standard("wh-t-201", "WH/T 201—2024", EditionStatus.CURRENT, "WH/T 201—2019"),
                standard("wh-t-9", "WH/T 9—2010", EditionStatus.WITHDRAWN), standard("wh-t-203", "WH/T 203—2025", EditionStatus.UPCOMING),
                standard("wh-t-204", "WH/T 204—2026", EditionStatus.CURRENT)));
        Proposal revision = proposal("P2026-001", Proposal.Kind.REVISION, "wh-t-201", Stage.COMMENTING);
        Proposal drafting = proposal("P2026-002", Proposal.Kind.NEW, null, Stage.DRAFTING);
        Proposal published = proposal("P2026-003", Proposal.Kind.NEW, "wh-t-204", Stage.PUBLISHED);
        Proposal outside = proposal("P2026-004", Proposal.Kind.NEW, null, Stage.COMMENTING);
        when(proposals.running()).thenReturn(List.of(revision, drafting, outside));
        when(proposals.plannedEntries()).thenReturn(Map.of("P2026-002", "1-04", "P2026-003", "1-05"));
        when(proposals.find("P2026-003")).thenReturn(published);
        when(proposals.find("P2026-002")).thenReturn(drafting);
        return new SystemOverview(system, catalog, proposals).build().orElseThrow();
    }

    @Test
    void eachEntryGetsItsStatusFromTheCatalogOrTheProposals() {
        SystemView view = view();
        List<SystemView.Row> rows = view.sections().get(0).rows();

        assertThat(rows).extracting(SystemView.Row::code).containsExactly("1-01", "1-02", "1-03", "1-04", "1-05", "1-06");
        assertThat(rows).extracting(SystemView.Row::kind).containsExactly(SystemView.Kind.PUBLISHED, SystemView.Kind.RETIRED,
                SystemView.Kind.MISSING, SystemView.Kind.PROGRESS, SystemView.Kind.PUBLISHED, SystemView.Kind.PLANNED);
        assertThat(rows.get(0)).extracting(SystemView.Row::statusKey, SystemView.Row::stage, SystemView.Row::proposalId,
                SystemView.Row::replaces).containsExactly("status.CURRENT", Stage.COMMENTING, "P2026-001", "WH/T 201—2019");
        assertThat(rows.get(3)).as("a confidential draft shows its stage, not a link")
                .extracting(SystemView.Row::title, SystemView.Row::stage, SystemView.Row::proposalId)
                .containsExactly("图书馆无障碍服务规范", Stage.DRAFTING, null);
        assertThat(rows.get(4)).as("a published proposal fills its entry").extracting(SystemView.Row::number, SystemView.Row::slug)
                .containsExactly("WH/T 204—2026", "wh-t-204");
        assertThat(rows.get(5)).extracting(SystemView.Row::statusKey, SystemView.Row::number).containsExactly("system.status.planned", "WH/T 3xx");
        assertThat(view.unplaced()).extracting(SystemView.Row::proposalId).containsExactly("P2026-004");
        assertThat(view.sections().get(1).rows()).extracting(SystemView.Row::seq, SystemView.Row::statusKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "status.UPCOMING"));
    }

    @Test
    void aCategoryCountsItsSubCategories() {
        SystemView view = view();

        assertThat(view.counts(view.sections().get(0))).isEqualTo(new SystemView.Counts(3, 1, 1, 2));
        assertThat(view.counts(view.sections().get(1))).isEqualTo(new SystemView.Counts(1, 0, 0, 0));
        assertThat(view.total()).isEqualTo(new SystemView.Counts(3, 2, 1, 2));
    }

    @Test
    void theClassicTableIsInChineseWithStagesAndCounts() {
        var messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/system");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        String text = SystemDocument.text(view(), messages);

        assertThat(text).contains("|序号 |体系编号 |标准名称 |标准编号 |状态 |代替", "6+|*1 读者服务*（已发布 3，制定中 1，待制定 1）",
                "现行（修订中：征求意见）", "制定中（起草）", "|待制定", "WH/T 201—2019", "未列入体系表的在制标准");
    }

    static StandardEntry standard(String slug, String number, EditionStatus status, String... replaces) {
        StandardMetadata m = new StandardMetadata(number, "标题" + number, "Title", "行业标准", "01.140.20", "A14",
                LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-01"), List.of(replaces), "文化和旅游部", "司", "TC 389", "馆");
        Edition e = new Edition(new PublishedEdition(slug, number.substring(number.length() - 4), m, "c".repeat(40), slug,
                new Artifact("a".repeat(64), 1), new Artifact("b".repeat(64), 1), Instant.EPOCH), status, List.of());
        return new StandardEntry(slug, number.substring(0, number.indexOf('—')), null, null, List.of(e), e, "tc389");
    }

    static Proposal proposal(String id, Proposal.Kind kind, String target, Stage stage) {
        return new Proposal(id, kind, "提案" + id, "范围", "理由", target, null, "tc389", "editor1", Instant.EPOCH,
                "draft/" + id, id.toLowerCase(), stage, null, null, null, null, null, null, null, null, 0);
    }
}
