package cn.guifanku.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitContentRepositoryTest {

    static final Author EDITOR = new Author("张编辑", "zhang@example.org");
    static final OffsetDateTime T0 = OffsetDateTime.of(2024, 3, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @TempDir
    Path dir;
    GitContentRepository repo;

    @BeforeEach
    void open() {
        repo = new GitContentRepository(dir.resolve("content.git"));
    }

    @AfterEach
    void close() {
        repo.close();
    }

    String commit(String expected, String folder, Map<String, String> files, String message) {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(UTF_8)));
        return repo.commit(new CommitRequest(ContentRepository.MAIN, expected, folder, bytes, EDITOR, T0, message,
                Map.of("Edition", folder + "/2024")));
    }

    @Test
    void readsFilesOfAFolderAtEachCommit() {
        String first = commit(null, "wh-t-201", Map.of("standard.adoc", "= 第一版", "annex-a.adoc", "附录"), "第一版");
        String second = commit(first, "wh-t-201", Map.of("standard.adoc", "= 第二版"), "第二版");

        assertThat(repo.readFile(first, "wh-t-201/standard.adoc")).map(b -> new String(b, UTF_8)).contains("= 第一版");
        assertThat(repo.readFile(second, "wh-t-201/standard.adoc")).map(b -> new String(b, UTF_8)).contains("= 第二版");
        assertThat(repo.listFiles(first, "wh-t-201")).containsExactly("annex-a.adoc", "standard.adoc");
        assertThat(repo.listFiles(second, "wh-t-201")).as("files not listed are removed").containsExactly("standard.adoc");
        assertThat(repo.readFile(second, "wh-t-201/annex-a.adoc")).isEmpty();
        assertThat(repo.resolve(ContentRepository.MAIN)).contains(second);
    }

    @Test
    void leavesOtherFoldersAlone() {
        String a = commit(null, "wh-t-201", Map.of("standard.adoc", "甲"), "甲");
        String b = commit(a, "wh-t-202", Map.of("standard.adoc", "乙"), "乙");

        assertThat(repo.readFile(b, "wh-t-201/standard.adoc")).map(x -> new String(x, UTF_8)).contains("甲");
        assertThat(repo.readFile(b, "wh-t-202/standard.adoc")).map(x -> new String(x, UTF_8)).contains("乙");
    }

    @Test
    void keepsFoldersInGitOrderAndRemovesAFolderCommittedEmpty() {
        String head = null;
        for (String folder : new String[] {"wh-t-10", "wh-t-1", "wh-t-1.1", "wh-t-1-a", "wh-t-2"}) {
            head = commit(head, folder, Map.of("standard.adoc", folder), folder);
        }
        String removed = commit(head, "wh-t-1", Map.of(), "删除");

        for (String folder : new String[] {"wh-t-10", "wh-t-1", "wh-t-1.1", "wh-t-1-a", "wh-t-2"}) {
            assertThat(repo.readFile(head, folder + "/standard.adoc")).as(folder).map(x -> new String(x, UTF_8))
                    .contains(folder);
        }
        assertThat(repo.listFiles(removed, "wh-t-1")).isEmpty();
        assertThat(repo.readFile(removed, "wh-t-1.1/standard.adoc")).isPresent();
    }

    @Test
    void refusesACommitBasedOnAStaleHead() {
        String base = commit(null, "wh-t-201", Map.of("standard.adoc", "原文"), "原文");
        commit(base, "wh-t-201", Map.of("standard.adoc", "编辑甲的修改"), "甲");

        assertThatThrownBy(() -> commit(base, "wh-t-201", Map.of("standard.adoc", "编辑乙的修改"), "乙"))
                .isInstanceOf(ConcurrentEditException.class);
        String head = repo.resolve(ContentRepository.MAIN).orElseThrow();
        assertThat(repo.readFile(head, "wh-t-201/standard.adoc")).map(x -> new String(x, UTF_8)).contains("编辑甲的修改");
    }

    @Test
    void recordsAuthorDateAndTrailersInHistory() {
        String id = commit(null, "wh-t-201", Map.of("standard.adoc", "x"), "导入 WH/T 201—2024");

        assertThat(repo.history(ContentRepository.MAIN, "wh-t-201", 10)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.author()).isEqualTo(EDITOR);
            assertThat(r.when()).isEqualTo(T0);
            assertThat(r.subject()).isEqualTo("导入 WH/T 201—2024");
            assertThat(r.trailers()).containsEntry("Edition", "wh-t-201/2024");
        });
        assertThat(repo.history(ContentRepository.MAIN, "wh-t-999", 10)).isEmpty();
    }

    @Test
    void createsAnnotatedTagsAndNeverMovesThem() {
        String first = commit(null, "wh-t-201", Map.of("standard.adoc", "x"), "x");
        String second = commit(first, "wh-t-201", Map.of("standard.adoc", "y"), "y");
        repo.createTag(new TagRequest("wh-t-201/2019", first, EDITOR, T0, "发布 WH/T 201—2019"));

        assertThat(repo.tags("wh-t-201/")).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("wh-t-201/2019");
            assertThat(t.commitId()).isEqualTo(first);
            assertThat(t.tagger()).isEqualTo(EDITOR);
            assertThat(t.message()).contains("发布 WH/T 201—2019");
        });
        assertThat(repo.resolve("refs/tags/wh-t-201/2019")).contains(first);
        assertThatThrownBy(() -> repo.createTag(new TagRequest("wh-t-201/2019", second, EDITOR, T0, "again")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repo.resolve("wh-t-201/2019")).contains(first);

        repo.deleteTag("wh-t-201/2019");
        assertThat(repo.tags("wh-t-201/")).isEmpty();
    }

    @Test
    void survivesReopening() {
        String id = commit(null, "wh-t-201", Map.of("standard.adoc", "持久"), "x");
        repo.close();
        repo = new GitContentRepository(dir.resolve("content.git"));

        assertThat(repo.resolve(ContentRepository.MAIN)).contains(id);
    }

    @Test
    void answersEmptyForUnknownRevisions() {
        assertThat(repo.resolve(ContentRepository.MAIN)).isEmpty();
        assertThat(repo.resolve("no such ref..")).isEmpty();
    }
}
