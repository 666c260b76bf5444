package cn.guifanku.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Proposals of editor1 in the stages the matrix needs, made through the JSON API as the demo users would (HTTP Basic),
 * and the real values that replace path variables: ids, a comment, a preview token, a published standard.
 */
final class ProposalFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final Function<String, RestClient> as;
    private final int port;
    private final Map<Fixture, String> shared = new EnumMap<>(Fixture.class);
    private final Map<String, Long> comments = new java.util.HashMap<>();
    private final Map<String, Long> imports = new java.util.HashMap<>();
    private String previewToken;

    ProposalFixtures(Function<String, RestClient> as, int port) {
        this.as = as;
        this.port = port;
    }

    /** The rule's pattern with every variable replaced by a real value. */
    String path(AuthorizationRules.Rule rule) {
        if (AuthorizationMatrixTest.CAMUNDA.containsKey(rule.pattern())) {
            return AuthorizationMatrixTest.CAMUNDA.get(rule.pattern());
        }
        String id = rule.fixture() == Fixture.NONE ? null : proposal(rule.fixture());
        StringBuilder path = new StringBuilder();
        String pattern = rule.pattern();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '{') {
                path.append(c);
                continue;
            }
            int depth = 1;
            int end = i + 1;
            while (depth > 0) {
                depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                end++;
            }
            String name = pattern.substring(i + 1, end - 1).split(":")[0];
            path.append(value(name, id));
            i = end - 1;
        }
        return path.toString().replace("/**", "/ping");
    }

    private String value(String name, String id) {
        return switch (name) {
            // With no proposal, {id} is the demo committee (the administration pages address committees by id).
            case "id" -> id != null ? id : "tc389";
            case "username" -> AuthorizationMatrixTest.SUBJECT;
            case "tokenId" -> "999999";
            case "slug" -> "wh-t-201";
            case "edition" -> "2024";
            case "format" -> "html";
            case "file" -> "standard.adoc";
            case "commentId" -> Long.toString(commentId(id));
            case "token" -> previewToken(id);
            case "importId" -> Long.toString(importId(id));
            case "revision" -> node(as.apply("secretary").get().uri("/api/proposals/" + id).retrieve().body(String.class))
                    .get("commentDrafts").get(0).get("revision").asText();
            default -> throw new IllegalStateException("no value for path variable {" + name + "}");
        };
    }

    /** An import from Word into the proposal's draft, made once (by its proposer, through the API). */
    private long importId(String id) {
        return imports.computeIfAbsent(id, p -> {
            String revision = node(as.apply("editor1").get().uri("/api/proposals/" + p + "/draft/files/standard.adoc")
                    .retrieve().body(String.class)).get("revision").asText();
            String imported = as.apply("editor1").post()
                    .uri("/api/proposals/" + p + "/draft/word?baseRevision=" + revision + "&fileName=matrix.docx")
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                    .body(docx()).retrieve().body(String.class);
            return node(imported).get("id").asLong();
        });
    }

    private static byte[] docx() {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("1 范围");
            doc.createParagraph().createRun().setText("本文件规定了授权矩阵测试的要求。");
            doc.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String proposal(Fixture fixture) {
        return switch (fixture) {
            case NONE -> null;
            case DRAFT, COMMENTING, BALLOT -> shared.computeIfAbsent(fixture, this::create);
            default -> create(fixture);
        };
    }

    private String create(Fixture fixture) {
        var created = post("editor1", "/api/proposals", "{\"kind\":\"NEW\",\"title\":\"授权矩阵测试提案\","
                + "\"scope\":\"规定授权矩阵测试的要求\",\"reason\":\"测试\"}");
        Matcher m = ID.matcher(created);
        if (!m.find()) {
            throw new IllegalStateException("no proposal: " + created);
        }
        String id = m.group(1);
        String p = "/api/proposals/" + id;
        if (fixture == Fixture.FRESH_PROPOSED) {
            return id;
        }
        post("secretary", p + "/formal-check", "{\"decision\":\"ACCEPT\",\"planNumber\":\"2026-MATRIX-" + id + "\"}");
        if (fixture == Fixture.DRAFT || fixture == Fixture.FRESH_DRAFT) {
            return id;
        }
        post("editor1", p + "/sending-for-comments", "{}");
        if (fixture == Fixture.COMMENTING || fixture == Fixture.FRESH_COMMENTING) {
            comments.put(id, node(post("reader", p + "/comments",
                    "{\"clauseId\":\"_范围\",\"clauseLabel\":\"1\",\"type\":\"te\",\"body\":\"矩阵测试意见\"}")).get("id").asLong());
        }
        if (fixture == Fixture.BALLOT || fixture == Fixture.FRESH_BALLOT) {
            post("secretary", p + "/comment-period/closing", "{}");
            post("editor1", p + "/disposition/completion", "{}");
        }
        String stage = node(as.apply("secretary").get().uri(p).retrieve().body(String.class)).get("stage").asText();
        String wanted = fixture.name().replace("FRESH_", "");
        if (!stage.equals(wanted)) {
            throw new IllegalStateException("fixture " + fixture + " is in " + stage);
        }
        return id;
    }

    /** The reader's comment on this proposal, or (a proposal without one) on the shared one in 征求意见. */
    private long commentId(String id) {
        Long own = comments.get(id);
        return own != null ? own : comments.get(proposal(Fixture.COMMENTING));
    }

    private String previewToken(String id) {
        if (previewToken == null) {
            WebSession editor = WebSession.signedIn(port, "editor1", "guifanku-demo");
            String url = editor.form("POST", "/proposals/" + id + "/draft/preview", "text=" + WebSession.enc("= 预览\n\n正文。"))
                    .body();
            previewToken = url.substring(url.lastIndexOf('/') + 1).strip();
        }
        return previewToken;
    }

    private String post(String user, String path, String body) {
        return as.apply(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(String.class);
    }

    private static JsonNode node(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
