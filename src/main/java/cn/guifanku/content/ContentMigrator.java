package cn.guifanku.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Applies pending {@link ContentMigration}s at start. Which ones ran is recorded in the repository itself
 * ({@code .guifanku/content-migrations} on main), so the record travels with the content.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentMigrator implements ApplicationRunner {

    static final String FOLDER = ".guifanku";
    static final String FILE = "content-migrations";
    static final Author SYSTEM = new Author("规范库", "system@guifanku.invalid");
    private static final Logger log = LoggerFactory.getLogger(ContentMigrator.class);

    private final ContentRepository repository;
    private final List<ContentMigration> migrations;
    private final Clock clock;

    ContentMigrator(ContentRepository repository, List<ContentMigration> migrations, Clock clock) {
        this.repository = repository;
        this.migrations = migrations;
        this.clock = clock;
    }

    /**
     * Migrates; when another node starting at the same time pushed to main first, reads what it did and goes on from
     * there (each migration skips what is done already).
     */
    @Override
    public void run(ApplicationArguments args) {
        for (int attempt = 1; ; attempt++) {
            try {
                migrate();
                return;
            } catch (ConcurrentEditException e) {
                if (attempt == 5) {
                    throw e;
                }
                log.info("Another node changed main while content migrations ran; reading it again");
            }
        }
    }

    void migrate() {
        Set<Integer> applied = applied();
        migrations.stream().sorted(Comparator.comparingInt(ContentMigration::version))
                .filter(m -> !applied.contains(m.version()))
                .forEach(m -> {
                    log.info("Content migration V{}: {}", m.version(), m.description());
                    m.apply(repository);
                    applied.add(m.version());
                    record(applied, m);
                });
    }

    Set<Integer> applied() {
        Set<Integer> versions = new TreeSet<>();
        repository.resolve(ContentRepository.MAIN)
                .flatMap(head -> repository.readFile(head, FOLDER + "/" + FILE))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .ifPresent(text -> text.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(l -> versions.add(Integer.parseInt(l.split("\\s+", 2)[0]))));
        return versions;
    }

    private void record(Set<Integer> applied, ContentMigration migration) {
        StringBuilder text = new StringBuilder();
        applied.forEach(v -> text.append(v).append('\n'));
        String head = repository.resolve(ContentRepository.MAIN).orElse(null);
        repository.commit(new CommitRequest(ContentRepository.MAIN, head, FOLDER,
                Map.of(FILE, text.toString().getBytes(StandardCharsets.UTF_8)), SYSTEM,
                OffsetDateTime.now(clock), "内容迁移 V" + migration.version() + "：" + migration.description(),
                Map.of("Content-Migration", String.valueOf(migration.version()))));
    }
}
