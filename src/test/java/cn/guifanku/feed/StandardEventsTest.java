package cn.guifanku.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.render.StandardMetadata;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StandardEventsTest {

    static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    static Edition edition(String slug, String year, String number, String title, String issued, String effective,
                           EditionStatus status, List<String> replaces, List<String> replacedBy) {
        StandardMetadata m = new StandardMetadata(number, title, "Title", "中华人民共和国文化行业标准", "01.140.20", "A14",
                LocalDate.parse(issued), LocalDate.parse(effective), replaces, "文化和旅游部", "公共服务司", "SAC/TC 389", "国家图书馆");
        return new Edition(new PublishedEdition(slug, year, m, "c".repeat(40), slug + "/" + year, new Artifact("a".repeat(64), 1),
                new Artifact("b".repeat(64), 1), Instant.parse(issued + "T02:00:00Z")), status, replacedBy);
    }

    static List<StandardEntry> standards(String withdrawnOn) {
        Edition old = edition("wh-t-201", "2019", "WH/T 201—2019", "公共图书馆读者服务规范", "2019-05-20", "2019-09-01",
                EditionStatus.SUPERSEDED, List.of(), List.of("WH/T 201—2024"));
        Edition current = edition("wh-t-201", "2024", "WH/T 201—2024", "公共图书馆读者服务规范", "2024-03-15", "2024-07-01",
                EditionStatus.CURRENT, List.of("WH/T 201—2019"), List.of());
        LocalDate withdrawn = LocalDate.parse(withdrawnOn);
        Edition skills = edition("wh-t-203", "2025", "WH/T 203—2025", "图书馆员职业能力要求", "2025-01-20", "2025-05-01",
                withdrawn.isAfter(LocalDate.now(TODAY)) ? EditionStatus.CURRENT : EditionStatus.WITHDRAWN, List.of(), List.of());
        return List.of(new StandardEntry("wh-t-201", "WH/T 201", null, null, List.of(current, old), current, "tc389"),
                new StandardEntry("wh-t-203", "WH/T 203", withdrawn, "内容已并入其他标准。", List.of(skills), skills, "tc389"));
    }

    @Test
    void publicationReplacementAndWithdrawalAreEntriesNewestFirstDatedWhenTheyHappened() {
        List<FeedItem> items = StandardEvents.of(standards("2026-01-01"), TODAY, BEIJING);

        assertThat(items).extracting(FeedItem::title).containsExactly(
                "废止：WH/T 203—2025 图书馆员职业能力要求",
                "发布：WH/T 203—2025 图书馆员职业能力要求",
                "被代替：WH/T 201—2019 公共图书馆读者服务规范",
                "发布：WH/T 201—2024 公共图书馆读者服务规范",
                "发布：WH/T 201—2019 公共图书馆读者服务规范");
        FeedItem replaced = items.get(2);
        assertThat(replaced.updated()).as("the day the replacement took effect, Beijing")
                .isEqualTo(Instant.parse("2024-06-30T16:00:00Z"));
        assertThat(replaced.id()).isEqualTo("urn:guifanku:edition:wh-t-201:2019:superseded");
        assertThat(replaced.summary()).contains("被 WH/T 201—2024《公共图书馆读者服务规范》代替");
        assertThat(items.get(0).summary()).contains("自 2026-01-01 起废止", "内容已并入其他标准");
        assertThat(items).extracting(FeedItem::id).doesNotHaveDuplicates();
    }

    @Test
    void aWithdrawalStillToComeIsNotInTheFeed() {
        assertThat(StandardEvents.of(standards("2026-12-31"), TODAY, BEIJING)).extracting(FeedItem::title)
                .noneMatch(t -> t.startsWith("废止"));
    }

    @Test
    void theWrittenFeedValidatesAgainstTheAtomSchemaWithStableIdsAndAbsoluteLinks() throws Exception {
        AtomWriter.Head head = new AtomWriter.Head("urn:guifanku:feed:standards", "规范库：标准发布、代替与废止", "说明",
                "/feeds/standards.atom", "/");
        List<FeedItem> items = StandardEvents.of(standards("2026-01-01"), TODAY, BEIJING);
        String first = AtomWriter.write(head, items, "https://example.org/gfk", BEIJING);

        Document doc = AtomValidation.valid(first);

        assertThat(AtomWriter.write(head, StandardEvents.of(standards("2026-01-01"), TODAY, BEIJING), "https://example.org/gfk", BEIJING))
                .as("the same events give the same feed").isEqualTo(first);
        assertThat(AtomValidation.texts(doc, "/a:feed/a:entry/a:link/@href")).first().isEqualTo("https://example.org/gfk/standards/wh-t-203");
        assertThat(AtomValidation.texts(doc, "/a:feed/a:updated")).containsExactly("2026-01-01T00:00:00+08:00");
        assertThat(AtomValidation.texts(doc, "/a:feed/a:title")).containsExactly("规范库：标准发布、代替与废止");
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        AtomValidation.valid(AtomWriter.write(new AtomWriter.Head("urn:guifanku:feed:comment", "征求意见", "说明",
                "/feeds/comment.atom", "/proposals"), List.of(), "http://localhost", BEIJING));
    }
}
