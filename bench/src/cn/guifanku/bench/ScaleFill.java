package cn.guifanku.bench;

import cn.guifanku.GuifankuApplication;
import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.ArtifactStore;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.TagRequest;
import cn.guifanku.render.RenderedStandard;
import cn.guifanku.render.SourceFiles;
import cn.guifanku.render.StandardMetadata;
import cn.guifanku.render.StandardRenderer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an installation with published editions: {@code ScaleFill <data dir> <editions>}. Runs the application
 * itself (on a free port) and writes through its own interfaces: each edition is one commit on main through
 * {@link ContentRepository} (folder per standard, the edition's AsciiDoc, an {@code Edition:} trailer), an annotated
 * tag, and a catalog entry through {@link Catalog#record}. Standards have 1 to 3 editions (the later replacing the
 * earlier); sizes come in three classes (small 60 %, medium 30 %, large 10 %). Rendering thousands of PDFs on 2 cores
 * would take hours, so one artifact pair is rendered per size class and reused by every edition of that class.
 */
public final class ScaleFill {

    private static final Author AUTHOR = new Author("基准数据生成", "bench@guifanku.invalid");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** clauses and table rows per size class */
    private static final int[][] CLASSES = {{3, 4}, {10, 6}, {30, 8}};

    public static void main(String[] args) {
        int editions = Integer.parseInt(args[1]);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuifankuApplication.class)
                .run("--guifanku.data-dir=" + args[0], "--server.port=0", "--logging.level.root=WARN")) {
            ContentRepository content = app.getBean(ContentRepository.class);
            StandardRenderer renderer = app.getBean(StandardRenderer.class);
            ArtifactStore store = app.getBean(ArtifactStore.class);
            Catalog catalog = app.getBean(Catalog.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            Artifact[][] artifacts = new Artifact[CLASSES.length][];
            for (int c = 0; c < CLASSES.length; c++) {
                String text = text(8000 + c, 0, c);
                RenderedStandard r = renderer.render(new Memory("class" + c, text));
                artifacts[c] = new Artifact[] {store.store(r.html()), store.store(r.pdf())};
                System.out.printf("size class %d: %d characters, PDF %d bytes%n", c, text.length(), r.pdf().length);
            }
            long t0 = System.nanoTime();
            int done = 0;
            int standards = editions / 2 + 1;
            for (int round = 0; round < 3 && done < editions; round++) {
                for (int s = 0; s < standards && done < editions; s++) {
                    if (round >= 1 + s % 3) {
                        continue;
                    }
                    fill(content, catalog, tx, artifacts, s, round);
                    if (++done % 500 == 0) {
                        System.out.printf("%d editions, %.0f s%n", done, (System.nanoTime() - t0) / 1e9);
                    }
                }
            }
            System.out.printf("fill-seconds %.1f%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void fill(ContentRepository content, Catalog catalog, TransactionTemplate tx, Artifact[][] artifacts,
                             int s, int round) {
        int sizeClass = s % 10 == 0 ? 2 : s % 10 < 4 ? 1 : 0;
        String slug = "wh-t-" + (1000 + s);
        String key = String.valueOf(year(s, round));
        LocalDate issued = LocalDate.of(year(s, round), 1 + s % 12, 1 + s % 28);
        String text = text(s, round, sizeClass);
        String commit = content.commit(new CommitRequest(ContentRepository.MAIN,
                content.resolve(ContentRepository.MAIN).orElse(null), slug,
                Map.of("standard.adoc", text.getBytes(StandardCharsets.UTF_8)), AUTHOR, at(issued),
                "导入 " + number(s, round), Map.of("Edition", slug + "/" + key)));
        content.createTag(new TagRequest(slug + "/" + key, commit, AUTHOR, at(issued), "发布 " + number(s, round)));
        StandardMetadata metadata = new StandardMetadata(number(s, round), title(s), "Benchmark standard " + s,
                "中华人民共和国文化行业标准", "01.140.20", "A14", issued, issued.plusMonths(3),
                round == 0 ? List.of() : List.of(number(s, round - 1)), "中华人民共和国文化和旅游部",
                "中华人民共和国文化和旅游部", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆、上海图书馆");
        PublishedEdition edition = new PublishedEdition(slug, key, metadata, commit, slug + "/" + key,
                artifacts[sizeClass][0], artifacts[sizeClass][1], at(issued).toInstant());
        tx.executeWithoutResult(t -> catalog.record(edition));
    }

    private static int year(int s, int round) {
        return 2005 + s % 5 + round * 7;
    }

    private static String number(int s, int round) {
        return "WH/T " + (1000 + s) + "—" + year(s, round);
    }

    private static String title(int s) {
        return "图书馆业务规范第" + s + "号";
    }

    private static String text(int s, int round, int sizeClass) {
        return StandardText.standard(number(s, round), title(s), LocalDate.of(year(s, round), 1, 1),
                round == 0 ? null : number(s, round - 1), CLASSES[sizeClass][0], CLASSES[sizeClass][1], s);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay().atOffset(BEIJING);
    }

    /** A standard held in memory. */
    private record Memory(String label, String text) implements SourceFiles {
        @Override
        public Optional<String> read(String relativePath) {
            return SourceFiles.MAIN.equals(relativePath) ? Optional.of(text) : Optional.empty();
        }
    }
}
