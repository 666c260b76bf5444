package cn.guifanku.catalog;

import cn.guifanku.render.StandardMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test data: published editions with just the facts that matter. */
final class Editions {

    private Editions() {
    }

    static PublishedEdition edition(String number, String issued, String effective, String... replaces) {
        StandardNumber n = StandardNumber.parse(number);
        StandardMetadata m = new StandardMetadata(number, "标题 " + number, "Title " + number, "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(issued), LocalDate.parse(effective), List.of(replaces),
                "中华人民共和国文化和旅游部", "公共服务司", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        String hex = Integer.toHexString(number.hashCode());
        String sha = (hex + "0".repeat(64)).substring(0, 64);
        return new PublishedEdition(n.slug(), n.editionKey(), m, "c".repeat(40), n.slug() + "/" + n.editionKey(),
                new Artifact(sha, 100), new Artifact(sha.replace('0', '1'), 200), Instant.parse("2024-03-15T00:00:00Z"));
    }
}
