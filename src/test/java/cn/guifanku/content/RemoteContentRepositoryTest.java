package cn.guifanku.content;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two nodes' clones of one bare repository (file://): the server is the truth, and nothing is lost or rebased. */
class RemoteContentRepositoryTest {

    static final Author EDITOR = new Author("张编辑", "zhang@example.org");
    static final OffsetDateTime T0 = OffsetDateTime.of(2024, 3, 15, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @TempDir
    Path dir;
    Path server;
    RemoteContentRepository a;
    RemoteContentRepository b;

    @BeforeEach
    void open() throws Exception {
        server = dir.resolve("server.git");
        Git.init().setBare(true).setInitialBranch("main").setGitDir(server.toFile()).call().close();
        a = node("a");
        b = node("b");
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    RemoteContentRepository node(String name) {
        // No staleness allowed, so every read sees the server's latest state.
        return node(name, Duration.ZERO);
    }

    RemoteContentRepository node(String name, Duration maxStaleness) {
        GitContentRepository local = new GitContentRepository(dir.resolve(name + ".git"));
        RemoteProperties remote = new RemoteProperties(server.toUri().toString(), null, null, Duration.ofSeconds(5),
                maxStaleness);
        return new RemoteContentRepository(local, new RemoteSync(local.repository(), remote));
    }

    static String commit(ContentRepository repo, String expected, String text) {
        return repo.commit(new CommitRequest(ContentRepository.MAIN, expected, "wh-t-201",
                Map.of("standard.adoc", text.getBytes(UTF_8)), EDITOR, T0, text, Map.of()));
    }

    String onServer(String ref) throws Exception {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(server.toFile()).build()) {
            var id = repo.resolve(ref);
            return id == null ? null : id.name();
        }
    }

    @Test
    void aCommitOnOneNodeIsOnTheServerAndReadOnTheOther() throws Exception {
        String first = commit(a, null, "= 第一版");

        assertThat(onServer("refs/heads/main")).isEqualTo(first);
        assertThat(b.resolve(ContentRepository.MAIN)).contains(first);
        assertThat(b.readFile(first, "wh-t-201/standard.adoc")).map(x -> new String(x, UTF_8)).contains("= 第一版");
    }

    @Test
    void aCommitIdFromAnotherNodeIsFetchedEvenWhileTheCloneCountsAsFresh() {
        RemoteContentRepository lazy = node("lazy", Duration.ofHours(1));
        commit(a, null, "= 第一版");
        lazy.resolve(ContentRepository.MAIN);
        String second = commit(a, a.resolve(ContentRepository.MAIN).orElseThrow(), "= 第二版");

        assertThat(lazy.resolve(ContentRepository.MAIN)).as("a page that only reads may see the clone").isNotEqualTo(
                java.util.Optional.of(second));
        assertThat(lazy.readFile(second, "wh-t-201/standard.adoc")).map(x -> new String(x, UTF_8)).contains("= 第二版");
        lazy.close();
    }

    @Test
    void theSecondOfTwoSavesOnTheSameRevisionIsAConflictAndTheFirstStays() throws Exception {
        String base = commit(a, null, "= 底稿");
        assertThat(b.resolve(ContentRepository.MAIN)).contains(base);

        String winner = commit(a, base, "= 甲的修改");
        assertThatThrownBy(() -> commit(b, base, "= 乙的修改")).isInstanceOf(ConcurrentEditException.class);

        assertThat(onServer("refs/heads/main")).isEqualTo(winner);
        assertThat(b.resolve(ContentRepository.MAIN)).as("the loser's clone follows the server").contains(winner);
        assertThat(b.history(ContentRepository.MAIN, "wh-t-201", 10)).extracting(Revision::subject)
                .containsExactly("= 甲的修改", "= 底稿");
    }

    /** A commit received into node a's clone by a git push, not yet on any branch of the server. */
    private String received(String base, String text) {
        String branch = "incoming-" + System.nanoTime();
        a.local().createBranch(branch, base);
        return a.local().commit(new CommitRequest(branch, base, "wh-t-201",
                Map.of("standard.adoc", text.getBytes(UTF_8)), EDITOR, T0, text, Map.of(), null));
    }

    @Test
    void aPushedCommitReachesTheServerBeforeTheNodesBranchMoves() throws Exception {
        String base = commit(a, null, "= 底稿");
        String pushed = received(base, "= 推送的修改");

        a.advanceBranch(ContentRepository.MAIN, base, pushed);
        assertThat(onServer("refs/heads/main")).isEqualTo(pushed);
        assertThat(b.resolve(ContentRepository.MAIN)).as("the other node reads it").contains(pushed);
        assertThatThrownBy(() -> a.advanceBranch(ContentRepository.MAIN, base, pushed))
                .as("a stale base").isInstanceOf(ConcurrentEditException.class);

        String next = received(pushed, "= 服务器不在时的推送");
        Path away = dir.resolve("server-away.git");
        Files.move(server, away);
        assertThatThrownBy(() -> a.advanceBranch(ContentRepository.MAIN, pushed, next))
                .isInstanceOf(ContentUnavailableException.class);
        assertThat(a.local().resolve(ContentRepository.MAIN)).as("nothing half-written").contains(pushed);
        Files.move(away, server);
        assertThat(onServer("refs/heads/main")).isEqualTo(pushed);
    }

    @Test
    void withTheServerUnreachableASaveFailsClearlyAndNothingIsKeptThenWorkGoesOn() throws Exception {
        String base = commit(a, null, "= 底稿");
        Path away = dir.resolve("server-away.git");
        Files.move(server, away);

        assertThatThrownBy(() -> commit(a, base, "= 离线修改")).isInstanceOf(ContentUnavailableException.class)
                .hasMessageContaining("标准库暂时无法连接，请稍后再试");
        assertThat(a.resolve(ContentRepository.MAIN)).as("reads fall back to the local clone").contains(base);
        assertThatThrownBy(() -> a.createTag(new TagRequest("wh-t-201/2024", base, EDITOR, T0, "发布")))
                .isInstanceOf(ContentUnavailableException.class);
        assertThat(a.tags("")).isEmpty();

        Files.move(away, server);
        String next = commit(a, base, "= 恢复后的修改");
        assertThat(onServer("refs/heads/main")).isEqualTo(next);
    }

    @Test
    void aDeletedCloneIsFetchedAgainFromTheServer() throws Exception {
        String first = commit(a, null, "= 第一版");
        a.createTag(new TagRequest("wh-t-201/2024", first, EDITOR, T0, "发布"));
        a.close();
        org.eclipse.jgit.util.FileUtils.delete(dir.resolve("a.git").toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE);

        a = node("a");
        assertThat(a.resolve(ContentRepository.MAIN)).contains(first);
        assertThat(a.tags("wh-t-201/")).extracting(Tag::commitId).containsExactly(first);
    }
}
