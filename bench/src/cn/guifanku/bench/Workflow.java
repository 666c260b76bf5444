package cn.guifanku.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives the review through the JSON API as the demo users (plus the bench committee members SeedCommittee added):
 * {@code Workflow <base URL> <proposals> <task reads> <large standard.adoc or ->}. Half the proposals stay in comment,
 * half go on to the ballot. Prints {@code metric millis} lines: tasks (GET /api/tasks as member1), vote (POST a vote),
 * setup-proposal (one proposal to comment), publication (approval to a downloadable PDF of the large standard).
 */
public final class Workflow {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Http http = new Http(args[0], "guifanku-demo");
        int proposals = Integer.parseInt(args[1]);
        int reads = Integer.parseInt(args[2]);
        List<String> voters = new ArrayList<>(List.of("member1", "member2", "member3", "member4", "chair"));  // not editor1: the proposer never votes on their own proposal
        for (int i = 1; i <= SeedCommittee.EXTRA; i++) {
            voters.add(SeedCommittee.name(i));
        }
        List<String> inBallot = new ArrayList<>();
        for (int i = 0; i < proposals; i++) {
            long t0 = System.nanoTime();
            String source = StandardText.standard("WH/T " + (5000 + i) + "—2026", "基准提案" + i,
                    LocalDate.of(2026, 12, 1), null, 6, 5, i);
            String id = toComment(http, "基准提案" + i, source, i);
            if (i % 2 == 1) {
                toBallot(http, id);
                inBallot.add(id);
            }
            System.out.printf("setup-proposal %.1f%n", (System.nanoTime() - t0) / 1e6);
        }
        for (int i = 0; i < reads; i++) {
            Http.Response r = Http.ok(http.get("member1", "/api/tasks"), "tasks");
            System.out.printf("tasks %.1f%n", r.millis());
            if (i == 0) {
                System.out.printf("tasks-count %d%n", JSON.readTree(r.body()).size());
            }
        }
        for (int i = 0; i < inBallot.size(); i++) {
            String voter = voters.get(i % voters.size());
            Http.Response r = Http.ok(http.post(voter, "/api/proposals/" + inBallot.get(i) + "/ballot/votes",
                    "{\"position\":\"APPROVE\"}"), "vote");
            System.out.printf("vote %.1f%n", r.millis());
        }
        if (!args[3].equals("-")) {
            publishLarge(http, Files.readString(Path.of(args[3])), voters);
        }
    }

    private static String toComment(Http http, String title, String source, int plan) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("kind", "NEW", "title", title, "scope", "基准测试",
                "reason", "基准测试", "source", source));
        String id = JSON.readTree(Http.ok(http.post("editor1", "/api/proposals", body), "propose").body())
                .get("id").asText();
        Http.ok(http.post("secretary", "/api/proposals/" + id + "/formal-check",
                "{\"decision\":\"ACCEPT\",\"planNumber\":\"2026-BENCH-" + plan + "\"}"), "formal check");
        Http.Response sent = http.post("editor1", "/api/proposals/" + id + "/sending-for-comments", "{}");
        if (sent.status() == 503) {
            // the draft check (a full render) outlived the servlet's async timeout: it goes on, so wait for the stage
            awaitStage(http, id, "COMMENTING");
        } else {
            Http.ok(sent, "send for comments");
        }
        return id;
    }

    private static void awaitStage(Http http, String id, String stage) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String now = JSON.readTree(Http.ok(http.get("secretary", "/api/proposals/" + id), "proposal").body())
                    .get("stage").asText();
            if (now.equals(stage)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(id + " never reached " + stage);
    }

    private static void toBallot(Http http, String id) {
        Http.ok(http.post("secretary", "/api/proposals/" + id + "/comment-period/closing", "{}"), "close comments");
        Http.ok(http.post("editor1", "/api/proposals/" + id + "/disposition/completion", "{}"), "dispositions done");
    }

    private static void publishLarge(Http http, String source, List<String> voters) throws Exception {
        long t0 = System.nanoTime();
        String id = toComment(http, "图书馆服务基准测试规范", source, 9999);
        toBallot(http, id);
        for (String voter : voters) {
            Http.ok(http.post(voter, "/api/proposals/" + id + "/ballot/votes", "{\"position\":\"APPROVE\"}"), "vote");
        }
        Http.ok(http.post("secretary", "/api/proposals/" + id + "/ballot/closing", "{}"), "close ballot");
        System.out.printf("large-to-approval %.1f%n", (System.nanoTime() - t0) / 1e6);
        long approved = System.nanoTime();
        Http.ok(http.post("chair", "/api/proposals/" + id + "/approval", "{\"decision\":\"APPROVE\",\"number\":"
                + "\"WH/T 9999—2026\",\"issued\":\"2026-12-01\",\"effective\":\"2027-03-01\"}"), "approve");
        String marker = System.getProperty("bench.marker");
        if (marker != null) { // bench/run measures readers from now until the PDF answers
            Files.writeString(Path.of(marker), "publishing");
        }
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (http.get(null, "/standards/wh-t-9999/2026.pdf").status() == 200) {
                System.out.printf("publication %.1f%n", (System.nanoTime() - approved) / 1e6);
                return;
            }
            Thread.sleep(100);
        }
        System.out.println("publication-timeout 600000");
    }
}
