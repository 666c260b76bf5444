package cn.guifanku.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** A review driven through the API as the demo committee, each call on the node the test names. */
final class Review {

    static final String DEMO_PASSWORD = "guifanku-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Review() {
    }

    static RestClient as(ClusterNode node, String user) {
        return node.http.mutate().defaultHeaders(h -> h.setBasicAuth(user, DEMO_PASSWORD)).build();
    }

    static ResponseEntity<String> call(ClusterNode node, String user, String method, String path, Object body) {
        var request = as(node, user).method(HttpMethod.valueOf(method)).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    static ResponseEntity<String> ok(ClusterNode node, String user, String method, String path, Object body) {
        var response = call(node, user, method, path, body);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(method + " " + path + " on " + node.name + ": "
                + response.getBody()).isTrue();
        settle(node);
        return response;
    }

    static JsonNode json(ResponseEntity<String> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stage(ClusterNode node, String id) {
        return json(call(node, "secretary", "GET", "/api/proposals/" + id, null)).get("stage").asText();
    }

    /** Waits until the job executors have done every job that is due (the engine's continuations after a step). */
    static void settle(ClusterNode node) {
        ManagementService jobs = node.bean(ManagementService.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.createJobQuery().executable().count() == 0);
    }

    /** Proposes a new standard on a node and has the secretariat accept it there: the draft exists. */
    static String proposeAndAccept(ClusterNode node, String title) {
        String id = json(ok(node, "editor1", "POST", "/api/proposals", Map.of("kind", "NEW", "title", title,
                "scope", "规定" + title + "的要求", "reason", "服务发展需要"))).get("id").asText();
        ok(node, "secretary", "POST", "/api/proposals/" + id + "/formal-check",
                Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-C" + id));
        return id;
    }

    /** From drafting to a closed ballot: comments on {@code a}, the votes on {@code b}. */
    static void throughBallot(String id, ClusterNode a, ClusterNode b) {
        String p = "/api/proposals/" + id;
        ok(a, "editor1", "POST", p + "/sending-for-comments", Map.of());
        ok(b, "reader", "POST", p + "/comments", Map.of("clauseId", "_范围", "clauseLabel", "1", "type", "te",
                "body", "建议明确适用范围"));
        ok(a, "secretary", "POST", p + "/comment-period/closing", Map.of());
        for (JsonNode c : json(ok(a, "editor1", "GET", p + "/comments", null))) {
            ok(a, "editor1", "PUT", p + "/comments/" + c.get("id").asText() + "/disposition",
                    Map.of("disposition", "ACCEPTED"));
        }
        ok(a, "editor1", "POST", p + "/disposition/completion", Map.of());
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            ok(b, member, "POST", p + "/ballot/votes", Map.of("position", "APPROVE"));
        }
        ok(b, "secretary", "POST", p + "/ballot/closing", Map.of());
        assertThat(stage(a, id)).isEqualTo("APPROVAL");
    }

    static ResponseEntity<String> approve(ClusterNode node, String id, String number) {
        return call(node, "chair", "POST", "/api/proposals/" + id + "/approval", Map.of("decision", "APPROVE",
                "number", number, "issued", "2026-12-20", "effective", "2027-06-01"));
    }
}
