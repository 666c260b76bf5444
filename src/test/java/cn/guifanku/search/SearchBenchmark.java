package cn.guifanku.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dev tool, not a test: measures index build time and query latency for the sample standards and for a generated
 * set of standards, on an H2 catalog and an index in a temporary folder. Needs the samples' HTML, written by
 * {@code ./mvnw -B -q test -Dtest=SampleStandardsExport -Drender.samples=true}; then run this class's main with the
 * test classpath, for example:
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) cn.guifanku.search.SearchBenchmark 1000
 * </pre>
 * Generated standards reuse the samples' structure (every clause and term entry), each paragraph replaced by a
 * paragraph drawn at random from all samples, so the index holds the samples' vocabulary in new combinations.
 */
public final class SearchBenchmark {

    private static final List<String> SAMPLES = List.of("wh-t-201-2019", "wh-t-201-2024", "wh-t-202-2023", "wh-t-203-2025");
    private static final List<String> FIXED = List.of("馆员", "古籍数字", "开放时间", "WH/T 201", "读者服务", "图书馆员职业能力",
            "元数据", "个人信息", "未成年人", "AND OR \"( [ *", "继续教育学时", "盲文");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path samples = Path.of(args.length > 1 ? args[1] : "target/render-samples");
        List<Document> templates = new ArrayList<>();
        for (String name : SAMPLES) {
            templates.add(Jsoup.parse(Files.readString(samples.resolve(name + ".html"))));
        }
        List<String> paragraphs = templates.stream().flatMap(d -> d.select("main.gbt-body p").eachText().stream())
                .filter(t -> t.length() > 8).toList();
        System.out.println("Sample set (4 editions of 3 standards):");
        run(fixture -> {
            String[][] editions = {{"WH/T 201—2019", "2019-05-20", "2019-09-01"}, {"WH/T 201—2024", "2024-03-15", "2024-07-01"},
                {"WH/T 202—2023", "2023-06-12", "2023-10-01"}, {"WH/T 203—2025", "2025-01-20", "2025-05-01"}};
            for (int i = 0; i < editions.length; i++) {
                fixture.publishHtml(editions[i][0], templates.get(i).title(), editions[i][1], editions[i][2],
                        templates.get(i).outerHtml());
            }
        }, paragraphs);
        System.out.printf("Generated set (%d standards):%n", generated);
        run(fixture -> {
            Random random = new Random(42);
            for (int i = 1; i <= generated; i++) {
                Document doc = templates.get(i % templates.size()).clone();
                for (Element p : doc.select("main.gbt-body div.paragraph:not(.gbt-term) p")) {
                    p.text(paragraphs.get(random.nextInt(paragraphs.size())));
                }
                fixture.publishHtml("T/LSC " + i + "—2025", "生成标准 " + i + " " + paragraphs.get(random.nextInt(
                        paragraphs.size())).substring(0, 8), "2025-01-01", "2025-03-01", doc.outerHtml());
            }
        }, paragraphs);
    }

    interface Publishing {
        void publish(SearchFixture fixture) throws IOException;
    }

    private static void run(Publishing publishing, List<String> paragraphs) throws IOException {
        SearchFixture fixture = new SearchFixture(Duration.ofSeconds(2));
        fixture.clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        publishing.publish(fixture);
        long start = System.nanoTime();
        SearchResults first = fixture.find("馆员");
        long build = System.nanoTime() - start;
        System.out.printf("  index build (first query, from no index): %d ms, %d clause hits for 馆员, index %.1f MB%n",
                build / 1_000_000, first.total(), size(fixture.indexDir) / 1e6);
        start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            fixture.catalog.standards();
        }
        System.out.printf("  catalog read (fingerprint and statuses, every query): %.1f ms%n", (System.nanoTime() - start) / 5e6);
        Random random = new Random(7);
        List<String> queries = new ArrayList<>(FIXED);
        while (queries.size() < 200) {
            String p = paragraphs.get(random.nextInt(paragraphs.size()));
            int from = random.nextInt(p.length() - 4);
            queries.add(p.substring(from, from + 2 + random.nextInt(3)));
        }
        queries.forEach(fixture::find);
        latency("catalog read at most every 2 s (the default)", fixture, queries);
        SearchFixture everyQuery = new SearchFixture(Duration.ZERO);
        publishing.publish(everyQuery);
        everyQuery.find("馆员");
        latency("catalog read before every query", everyQuery, queries);
    }

    private static void latency(String label, SearchFixture fixture, List<String> queries) {
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            fixture.find(queries.get(i));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("  %d queries, %s (page of 20, highlighted): median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                nanos.length, label, nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

}
