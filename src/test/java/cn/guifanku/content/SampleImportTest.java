package cn.guifanku.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real sample standards from standards/ (on the test classpath through the pom's resources). */
class SampleImportTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    ContentMigrator migrator(GitContentRepository repo) {
        return new ContentMigrator(repo, List.of(new SampleImport(new ContentProperties(null, List.of("classpath*:standards/")))), CLOCK);
    }

    @Test
    void importsEachSampleEditionAsACommitDatedOnItsIssueDay() {
        try (GitContentRepository repo = new GitContentRepository(dir.resolve("a.git"))) {
            migrator(repo).migrate();

            List<Revision> editions = repo.history(ContentRepository.MAIN, null, 100).stream()
                    .filter(r -> r.trailers().containsKey("Edition")).toList();
            assertThat(editions).extracting(r -> r.trailers().get("Edition"))
                    .contains("wh-t-201/2019", "wh-t-201/2024", "wh-t-202/2023", "wh-t-203/2025");
            assertThat(editions).as("newest first, in issue order").isSortedAccordingTo(
                    (x, y) -> y.when().compareTo(x.when()));
            Revision first201 = editions.stream().filter(r -> r.trailers().get("Edition").equals("wh-t-201/2019"))
                    .findFirst().orElseThrow();
            String main = new String(repo.readFile(first201.id(), "wh-t-201/standard.adoc").orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(main).contains(":std-number: WH/T 201—2019");
            assertThat(first201.when().toLocalDate().toString()).isEqualTo(
                    main.lines().filter(l -> l.startsWith(":std-issued:")).findFirst().orElseThrow().substring(12).strip());
            assertThat(repo.history(ContentRepository.MAIN, "wh-t-201", 10)).as("two editions of one folder").hasSize(2);
        }
    }

    @Test
    void importsOnceAndIdenticallyEverywhere() {
        try (GitContentRepository a = new GitContentRepository(dir.resolve("a.git"));
             GitContentRepository b = new GitContentRepository(dir.resolve("b.git"))) {
            migrator(a).migrate();
            String head = a.resolve(ContentRepository.MAIN).orElseThrow();
            migrator(a).migrate();
            assertThat(a.resolve(ContentRepository.MAIN)).as("a second start changes nothing").contains(head);
            assertThat(migrator(a).applied()).containsExactly(1);

            migrator(b).migrate();
            String lastEditionA = a.history(ContentRepository.MAIN, "wh-t-203", 1).get(0).id();
            String lastEditionB = b.history(ContentRepository.MAIN, "wh-t-203", 1).get(0).id();
            assertThat(lastEditionB).as("same samples, same commits on every installation").isEqualTo(lastEditionA);
        }
    }
}
