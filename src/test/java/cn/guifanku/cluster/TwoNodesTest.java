package cn.guifanku.cluster;

import static cn.guifanku.cluster.Review.call;
import static cn.guifanku.cluster.Review.json;
import static cn.guifanku.cluster.Review.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.guifanku.archive.Tools;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.postgres.PostgresServer;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.publication.Publisher;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the application on one PostgreSQL database and one Git server (JGit's smart HTTP servlet in a process
 * of its own, asking for the application's account on every request), as README's "Several nodes" runs them: the review moves between nodes, publication happens once, both serve what
 * it made, concurrent saves and an unreachable server lose nothing, and a node dying mid-publication is taken over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    @TempDir
    static Path dir;
    Path server;
    GitServerOfRecord git;
    ClusterNode a;
    ClusterNode b;
    JdbcClient db;
    final ClusterNode.CrashAt crash = new ClusterNode.CrashAt();

    @BeforeAll
    void startTwoNodes() throws Exception {
        PostgresServer.Database database = PostgresServer.newDatabase("cluster");
        db = JdbcClient.create(database.dataSource());
        server = dir.resolve("standards.git");
        Git.init().setBare(true).setInitialBranch("main").setGitDir(server.toFile()).call().close();
        git = GitServerOfRecord.start(server, Path.of("target", "git-server-of-record.log"));
        // The first start of an installation on one node (README): it creates the first accounts and imports content.
        a = ClusterNode.start("a", database, git, dir.resolve("node-a"), crash);
        b = ClusterNode.start("b", database, git, dir.resolve("node-b"), crash);
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        b.close();
        a.close();
        git.close();
    }

    @Test
    @Order(1)
    void aReviewStartedOnOneNodeAndVotedOnTheOtherIsPublishedOnceAndBothServeIt() throws Exception {
        assertThat(a.bean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
                .latestVersion().list()).as("the second node deployed no new version")
                .allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));
        String id = Review.proposeAndAccept(a, "图书馆古籍修复服务规范");
        Review.throughBallot(id, a, b);
        ResponseEntity<String> approved = Review.approve(a, id, "WH/T 205—2026");
        assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(200);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> "PUBLISHED".equals(stage(b, id)));

        assertThat(tagsOnServer("wh-t-205/")).containsExactly("wh-t-205/2026");
        for (ClusterNode node : List.of(a, b)) {
            Edition edition = node.bean(Catalog.class).edition("wh-t-205", "2026").orElseThrow();
            ResponseEntity<byte[]> pdf = node.http.get().uri("/standards/wh-t-205/2026.pdf").retrieve().toEntity(byte[].class);
            assertThat(pdf.getStatusCode().value()).as("PDF on node " + node.name).isEqualTo(200);
            assertThat(sha256(pdf.getBody())).isEqualTo(edition.published().pdf().sha256());
            assertThat(node.http.get().uri("/api/standards/wh-t-205").retrieve().toEntity(String.class)
                    .getStatusCode().value()).as("catalog on node " + node.name).isEqualTo(200);
        }
        assertThat(db.sql("select count(*) from edition where slug = 'wh-t-205'").query(Integer.class).single()).isEqualTo(1);
        assertThat(cached(a) + cached(b)).as("the node that did not render filled its cache from the database")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @Order(2)
    void twoSavesOfOneDraftOnTwoNodesAtOnceOneWinsTheOtherIsAConflictAndGitLosesNothing() throws Exception {
        String id = Review.proposeAndAccept(b, "图书馆阅读推广服务规范");
        String path = "/api/proposals/" + id + "/draft/files/standard.adoc";
        String branch = Constants.R_HEADS + a.bean(Proposals.class).find(id).branch();
        for (int round = 1; round <= 3; round++) {
            JsonNode draft = json(call(a, "editor1", "GET", path, null));
            String base = draft.get("revision").asText();
            CyclicBarrier together = new CyclicBarrier(2);
            var onA = CompletableFuture.supplyAsync(() -> save(a, together, path, draft, "// 甲的修改"));
            var onB = CompletableFuture.supplyAsync(() -> save(b, together, path, draft, "// 乙的修改"));
            List<ResponseEntity<String>> answers = Stream.of(onA.get(), onB.get()).toList();

            assertThat(answers).extracting(r -> r.getStatusCode().value()).as(answers.toString())
                    .containsExactlyInAnyOrder(200, 409);
            ResponseEntity<String> won = answers.stream().filter(r -> r.getStatusCode().value() == 200).findFirst().orElseThrow();
            ResponseEntity<String> lost = answers.stream().filter(r -> r.getStatusCode().value() == 409).findFirst().orElseThrow();
            String winner = json(won).get("revision").asText();
            assertThat(onServer(branch)).as("round " + round).isEqualTo(winner);
            assertThat(json(lost).get("head").asText()).isEqualTo(winner);
            assertThat(parentOnServer(winner)).as("the winner's save stands on the revision both started from")
                    .isEqualTo(base);
        }
    }

    @Test
    @Order(3)
    void withTheGitServerUnreachableSavesFailClearlyNothingIsLostAndWorkGoesOnWhenItIsBack() throws Exception {
        String id = Review.proposeAndAccept(a, "图书馆无障碍阅读服务规范");
        String path = "/api/proposals/" + id + "/draft/files/standard.adoc";
        String branch = Constants.R_HEADS + a.bean(Proposals.class).find(id).branch();
        JsonNode draft = json(Review.ok(b, "editor1", "GET", path, null));
        String base = draft.get("revision").asText();

        git.stop();
        ResponseEntity<String> offline = call(b, "editor1", "PUT", path, Map.of("text",
                draft.get("text").asText() + "\n// 离线修改\n", "baseRevision", base, "message", "离线修改"));
        assertThat(offline.getStatusCode().value()).as(offline.getBody()).isEqualTo(503);
        assertThat(json(offline).get("detail").asText()).contains("标准库暂时无法连接，请稍后再试");
        ResponseEntity<String> page = Review.as(b, "editor1").get().uri("/proposals/" + id + "/draft")
                .retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).as("reading goes on from the node's clone").isLessThan(500);
        git.restart();

        assertThat(onServer(branch)).isEqualTo(base);
        assertThat(json(call(b, "editor1", "GET", path, null)).get("revision").asText())
                .as("nothing half-committed on the node").isEqualTo(base);
        ResponseEntity<String> back = call(b, "editor1", "PUT", path, Map.of("text",
                draft.get("text").asText() + "\n// 恢复后保存\n", "baseRevision", base, "message", "恢复后保存"));
        assertThat(back.getStatusCode().value()).as(back.getBody()).isEqualTo(200);
        assertThat(onServer(branch)).isEqualTo(json(back).get("revision").asText());
    }

    @Test
    @Order(3)
    void aDraftPushedWithGitToOneNodeIsOnTheServerAndOnTheOtherNodesDraftPage() throws Exception {
        Tools.require("git");
        String id = Review.proposeAndAccept(a, "图书馆数字资源长期保存规范");
        var proposal = a.bean(Proposals.class).find(id);
        String token = "gfk_cluster-test-token-of-editor1-000000000000";
        db.sql("insert into access_token (username, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params("editor1", "集群测试", sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        java.sql.Timestamp.from(java.time.Instant.now())).update();
        String onB = "http://editor1:" + token + "@localhost:" + b.context.getEnvironment().getProperty("local.server.port")
                + "/git/auth/standards.git";
        Path clone = dir.resolve("editor1-clone");
        git(dir, "clone", "-q", "--branch", proposal.branch(), onB, clone.toString());
        git(clone, "config", "user.name", "editor1");
        git(clone, "config", "user.email", "editor1@users.guifanku.invalid");
        Path adoc = clone.resolve(proposal.folder()).resolve("standard.adoc");
        Files.writeString(adoc, Files.readString(adoc) + "\n经节点乙推送的段落。\n");
        git(clone, "commit", "-q", "-am", "经 git 在节点乙补充");
        String pushed = git(clone, "rev-parse", "HEAD").strip();

        String push = git(clone, "push", "origin", proposal.branch());
        assertThat(push).contains("remote: 已保存为草稿 " + id);
        assertThat(onServer(Constants.R_HEADS + proposal.branch())).as("on the server of record").isEqualTo(pushed);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String page = Review.as(a, "editor1").get().uri("/proposals/" + id + "/draft").retrieve().body(String.class);
            assertThat(page).as("node a's draft page").contains("经 git 在节点乙补充");
        });
        JsonNode onA = json(call(a, "editor1", "GET", "/api/proposals/" + id + "/draft/files/standard.adoc", null));
        assertThat(onA.get("revision").asText()).isEqualTo(pushed);
        assertThat(onA.get("text").asText()).contains("经节点乙推送的段落。");
    }

    @Test
    @Order(3)
    void incompleteEventPublicationsAreResubmittedByOneNodeAtATimeAndHandledOnce() throws Exception {
        // A comment period's opening whose feed listener never completed: its node stopped between the commit that
        // published it and the listener's (what Spring Modulith's registry keeps as an incomplete publication).
        java.time.Instant opened = java.time.Instant.parse("2026-11-01T02:00:00Z");
        var event = new cn.guifanku.review.DraftSentForComments(java.util.UUID.randomUUID(), "P-RECOVERY", "editor1",
                opened, "恢复测试", "0000000", opened.plusSeconds(86_400), opened, "2026-11-02 10:00");
        String serialized = (String) a.bean(org.springframework.modulith.events.core.EventSerializer.class).serialize(event);
        db.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                        + "values (?, ?, ?, ?, ?)")
                .params(java.util.UUID.randomUUID(),
                        "cn.guifanku.feed.CommentPeriods.on(cn.guifanku.review.DraftSentForComments)",
                        event.getClass().getName(), serialized, java.sql.Timestamp.from(opened))
                .update();

        // Both nodes try at once: one holds the lease and resubmits, the other leaves it alone.
        CyclicBarrier together = new CyclicBarrier(2);
        var onA = CompletableFuture.supplyAsync(() -> recoverAfter(together, a));
        var onB = CompletableFuture.supplyAsync(() -> recoverAfter(together, b));
        assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(true, false);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> db.sql(
                "select count(*) from event_publication where serialized_event = ?").param(serialized)
                .query(Integer.class).single() == 0);
        assertThat(db.sql("select count(*) from feed_comment_period where proposal_id = 'P-RECOVERY'")
                .query(Integer.class).single()).as("handled once").isEqualTo(1);
    }

    static boolean recoverAfter(CyclicBarrier together, ClusterNode node) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cn.guifanku.EventRecoveries.recover(node.context, java.time.Instant.now());
    }

    @Test
    @Order(4)
    void aNodeKilledInTheMiddleOfPublicationIsTakenOverAndTheEditionIsPublishedOnce() throws Exception {
        String id = Review.proposeAndAccept(a, "图书馆志愿者服务规范");
        Review.throughBallot(id, a, b);
        crash.arm(Publisher.Step.TAGGED);
        assertThat(Review.approve(a, id, "WH/T 206—2026").getStatusCode().value()).isEqualTo(200);

        String victim = crash.awaitVictim();
        ClusterNode dead = "a".equals(victim) ? a : b;
        ClusterNode survivor = dead == a ? b : a;
        assertThat(tagsOnServer("wh-t-206/")).as("the dead node had tagged").containsExactly("wh-t-206/2026");
        long killed = System.nanoTime();
        dead.kill(crash);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> "PUBLISHED".equals(stage(survivor, id)));
        System.out.printf("taken over and published %d ms after the kill%n", (System.nanoTime() - killed) / 1_000_000);

        assertThat(tagsOnServer("wh-t-206/")).containsExactly("wh-t-206/2026");
        assertThat(db.sql("select count(*) from edition where slug = 'wh-t-206'").query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from publication_attempt where slug = 'wh-t-206' and state = 'PUBLISHED'")
                .query(Integer.class).single()).isEqualTo(1);
        Edition edition = survivor.bean(Catalog.class).edition("wh-t-206", "2026").orElseThrow();
        assertThat(db.sql("select count(*) from artifact where sha256 in (?, ?)")
                .params(edition.published().pdf().sha256(), edition.published().html().sha256())
                .query(Integer.class).single()).isEqualTo(2);
        ResponseEntity<byte[]> pdf = survivor.http.get().uri("/standards/wh-t-206/2026.pdf").retrieve().toEntity(byte[].class);
        assertThat(sha256(pdf.getBody())).isEqualTo(edition.published().pdf().sha256());
        assertThat(mergesOnServer(id)).as("one merge commit for the proposal").isEqualTo(1);
    }

    /** Debian's git as an editor runs it (no user configuration, no prompts); its output, when it succeeded. */
    static String git(Path dir, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Tools.Result result = Tools.run(dir, Map.of("GIT_TERMINAL_PROMPT", "0", "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_CONFIG_GLOBAL", "/dev/null"), command.toArray(String[]::new));
        assertThat(result.status()).as("git " + String.join(" ", args) + ":\n" + result.output()).isZero();
        return result.output();
    }

    ResponseEntity<String> save(ClusterNode node, CyclicBarrier together, String path, JsonNode draft, String line) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call(node, "editor1", "PUT", path, Map.of("text", draft.get("text").asText() + "\n" + line + "\n",
                "baseRevision", draft.get("revision").asText(), "message", line));
    }

    Repository serverRepository() throws Exception {
        return new FileRepositoryBuilder().setGitDir(server.toFile()).setMustExist(true).build();
    }

    List<String> tagsOnServer(String prefix) throws Exception {
        try (Repository repo = serverRepository()) {
            return repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + prefix).stream()
                    .map(Ref::getName).map(n -> n.substring(Constants.R_TAGS.length())).toList();
        }
    }

    String onServer(String ref) throws Exception {
        try (Repository repo = serverRepository()) {
            return repo.resolve(ref).name();
        }
    }

    String parentOnServer(String commit) throws Exception {
        try (Repository repo = serverRepository(); var walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            return walk.parseCommit(repo.resolve(commit)).getParent(0).name();
        }
    }

    long mergesOnServer(String proposal) throws Exception {
        try (Repository repo = serverRepository(); Git git = new Git(repo)) {
            long count = 0;
            for (var commit : git.log().add(repo.resolve("refs/heads/main")).call()) {
                if (commit.getParentCount() == 2 && commit.getFullMessage().contains("Proposal: " + proposal)) {
                    count++;
                }
            }
            return count;
        }
    }

    static long cached(ClusterNode node) throws Exception {
        Path artifacts = Path.of(node.context.getEnvironment().getProperty("guifanku.catalog.artifacts"));
        if (!Files.exists(artifacts)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(artifacts)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
