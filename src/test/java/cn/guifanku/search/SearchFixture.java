package cn.guifanku.search;

import cn.guifanku.MutableClock;
import cn.guifanku.TestDatabase;
import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.CatalogTestSupport;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.render.StandardMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A catalog on a fresh in-memory database, an artifact store and a search index in a temporary folder, and a way to
 * publish an edition whose HTML has the shape the renderer gives (sections with anchors, numbered headings).
 */
final class SearchFixture {

    final MutableClock clock = new MutableClock();
    final Catalog catalog;
    final ArtifactStore store;
    final Path indexDir;
    final SearchIndex index;
    final Search search;

    SearchFixture() throws IOException {
        this(java.time.Duration.ZERO);
    }

    SearchFixture(java.time.Duration catalogRecheck) throws IOException {
        Path root = Files.createTempDirectory("guifanku-search");
        catalog = CatalogTestSupport.catalog(TestDatabase.create().jdbc(), clock);
        store = CatalogTestSupport.store(root.resolve("artifacts"));
        indexDir = root.resolve("search-index");
        SearchProperties properties = new SearchProperties(indexDir, 200, catalogRecheck);
        index = new SearchIndex(properties, catalog, store, event -> { });
        search = new Search(index, new StandardCategories() {
            @Override
            public Optional<String> categoryOf(String slug) {
                return Optional.of(slug.endsWith("3") ? "人员与职业能力" : "读者服务");
            }

            @Override
            public List<String> all() {
                return List.of("读者服务", "人员与职业能力");
            }
        }, properties);
    }

    /** A clause as the test writes it: number, title, text. */
    record Section(String number, String title, String text) {
    }

    void publish(String number, String title, String issued, String effective, List<String> replaces,
                 List<Section> sections) {
        var n = cn.guifanku.catalog.StandardNumber.parse(number);
        StandardMetadata m = new StandardMetadata(number, title, "Title of " + number, "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(issued), LocalDate.parse(effective), replaces,
                "中华人民共和国文化和旅游部", "文化和旅游部", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        Artifact html = store.store(html(title, sections).getBytes(StandardCharsets.UTF_8));
        Artifact pdf = store.store(("%PDF " + number).getBytes(StandardCharsets.UTF_8));
        catalog.record(new PublishedEdition(n.slug(), n.editionKey(), m, "c".repeat(40), n.slug() + "/" + n.editionKey(),
                html, pdf, Instant.parse("2024-01-01T00:00:00Z")));
    }

    /** Publishes an edition with the given HTML, as the renderer would have written it. */
    void publishHtml(String number, String title, String issued, String effective, String html) {
        var n = cn.guifanku.catalog.StandardNumber.parse(number);
        StandardMetadata m = new StandardMetadata(number, title, "Title of " + number, "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(issued), LocalDate.parse(effective), List.of(),
                "中华人民共和国文化和旅游部", "文化和旅游部", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        Artifact stored = store.store(html.getBytes(StandardCharsets.UTF_8));
        catalog.record(new PublishedEdition(n.slug(), n.editionKey(), m, "c".repeat(40), n.slug() + "/" + n.editionKey(),
                stored, stored, Instant.parse("2024-01-01T00:00:00Z")));
    }

    static String html(String title, List<Section> sections) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body><header class=\"gbt-cover\"><h1>")
                .append(title).append("</h1></header><main class=\"gbt-body\"><div id=\"toc\" class=\"toc\"><ul>"
                        + "<li><a href=\"#_x\">目次</a></li></ul></div>");
        for (Section s : sections) {
            int level = s.number().split("\\.").length + 1;
            String id = "_" + (s.title().isEmpty() ? s.number() : s.title());
            out.append("<div class=\"sect").append(level - 1).append("\"><h").append(level).append(" id=\"").append(id)
                    .append("\"><a class=\"anchor\" href=\"#").append(id).append("\"></a>").append(s.number())
                    .append(s.title().isEmpty() ? "" : "\u3000" + s.title()).append("</h").append(level).append(">")
                    .append(level == 2 ? "<div class=\"sectionbody\">" : "")
                    .append("<div class=\"paragraph\"><p>").append(s.text()).append("</p></div>")
                    .append(level == 2 ? "</div>" : "").append("</div>");
        }
        return out.append("</main></body></html>").toString();
    }

    SearchResults find(String q) {
        return search.search(new SearchRequest(q, null, null, null, 0, 20));
    }
}
