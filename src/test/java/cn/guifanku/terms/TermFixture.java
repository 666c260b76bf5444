package cn.guifanku.terms;

import cn.guifanku.MutableClock;
import cn.guifanku.TestDatabase;
import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.CatalogTestSupport;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.render.StandardMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A catalog and artifact store on a fresh database, and editions whose HTML has term entries as the renderer writes them. */
final class TermFixture {

    final MutableClock clock = new MutableClock();
    final Catalog catalog;
    final ArtifactStore store;
    final TermBase terms;

    TermFixture() throws IOException {
        catalog = CatalogTestSupport.catalog(TestDatabase.create().jdbc(), clock);
        store = CatalogTestSupport.store(Files.createTempDirectory("guifanku-terms"));
        terms = new TermBase(catalog, store);
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** term, English, definition, source (may be empty). */
    record Entry(String term, String english, String definition, String source) {
    }

    void publish(String number, String issued, String effective, List<String> replaces, Entry... entries) {
        StandardNumber n = StandardNumber.parse(number);
        StandardMetadata m = new StandardMetadata(number, "标准 " + number, "Standard " + number, "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(issued), LocalDate.parse(effective), replaces,
                "中华人民共和国文化和旅游部", "文化和旅游部", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        Artifact html = store.store(html(entries).getBytes(StandardCharsets.UTF_8));
        Artifact pdf = store.store(("%PDF " + number).getBytes(StandardCharsets.UTF_8));
        catalog.record(new PublishedEdition(n.slug(), n.editionKey(), m, "c".repeat(40), n.slug() + "/" + n.editionKey(),
                html, pdf, Instant.parse("2024-01-01T00:00:00Z")));
    }

    static String html(Entry... entries) {
        StringBuilder out = new StringBuilder("<html><body><main class=\"gbt-body\"><div class=\"sect1\"><h2 id=\"_范围\">1　范围</h2>"
                + "<div class=\"sectionbody\"><p>范围。</p></div></div><div class=\"sect1 gbt-chapter gbt-terms\">"
                + "<h2 id=\"_术语和定义\"><a class=\"anchor\" href=\"#_术语和定义\"></a>3　术语和定义</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph\"><p>下列术语和定义适用于本文件。</p></div>");
        int i = 1;
        for (Entry e : entries) {
            out.append("<div class=\"sect2\"><h3 id=\"_").append(e.term()).append("\">3.").append(i++).append("</h3>")
                    .append("<div class=\"paragraph gbt-term\"><p><strong>").append(e.term()).append("</strong>　<strong>")
                    .append(e.english()).append("</strong></p></div><div class=\"paragraph\"><p>").append(e.definition())
                    .append("</p></div>");
            if (!e.source().isEmpty()) {
                out.append("<div class=\"paragraph\"><p>").append(e.source()).append("</p></div>");
            }
            out.append("<div class=\"admonitionblock note\"><table><tbody><tr><td class=\"icon\"><div class=\"title\">注：</div>"
                    + "</td><td class=\"content\">注的内容。</td></tr></tbody></table></div></div>");
        }
        return out.append("</div></div></main></body></html>").toString();
    }
}
