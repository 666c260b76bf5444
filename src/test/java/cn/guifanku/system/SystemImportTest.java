package cn.guifanku.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.content.Author;
import cn.guifanku.content.CommitRequest;
import cn.guifanku.content.ContentProperties;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.Revision;
import cn.guifanku.content.TestContentRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemImportTest {

    @TempDir
    Path dir;

    final SystemImport migration = new SystemImport(new ContentProperties(null, List.of("classpath*:standards/")));

    @Test
    void addsTheSystemFileAsOneCommitOnTopOfTheExistingHistory() {
        ContentRepository repo = TestContentRepository.open(dir.resolve("a.git"));
        String before = existingStandard(repo);

        migration.apply(repo);

        String head = repo.resolve(ContentRepository.MAIN).orElseThrow();
        List<Revision> history = repo.history(ContentRepository.MAIN, null, 10);
        assertThat(history).extracting(Revision::id).containsExactly(head, before);
        assertThat(repo.history(ContentRepository.MAIN, "wh-t-201", 10)).extracting(Revision::id).containsExactly(before);
        String text = new String(repo.readFile(head, "体系表/体系表.yaml").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(SystemFileParser.parse(text).categories()).hasSize(8);
        assertThat(repo.readFile(head, "wh-t-201/standard.adoc")).as("other folders untouched").isPresent();
    }

    @Test
    void runsOnceAndKeepsAFileTheSecretariatAlreadyEdited() {
        ContentRepository repo = TestContentRepository.open(dir.resolve("b.git"));
        migration.apply(repo);
        String head = repo.resolve(ContentRepository.MAIN).orElseThrow();
        migration.apply(repo);
        assertThat(repo.resolve(ContentRepository.MAIN)).as("a second run changes nothing").contains(head);

        ContentRepository other = TestContentRepository.open(dir.resolve("c.git"));
        migration.apply(other);
        assertThat(other.resolve(ContentRepository.MAIN)).as("same commit on every new installation").contains(head);
    }

    private static String existingStandard(ContentRepository repo) {
        return repo.commit(new CommitRequest(ContentRepository.MAIN, null, "wh-t-201",
                Map.of("standard.adoc", "= 标准\n".getBytes(StandardCharsets.UTF_8)), new Author("a", "a@example.invalid"),
                OffsetDateTime.of(2024, 3, 15, 0, 0, 0, 0, ZoneOffset.ofHours(8)), "导入", Map.of("Edition", "wh-t-201/2024")));
    }
}
