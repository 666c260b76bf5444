package cn.guifanku.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.proposal.DraftCheck;
import cn.guifanku.proposal.Drafts;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.render.RenderProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Search, the term base and the draft warning on the sample standards, through HTTP as readers use them. */
@TestMethodOrder(MethodOrderer.MethodName.class)
class SearchApplicationTest extends ApplicationTestBase {

    @Autowired
    ObjectMapper json;
    @Autowired
    Proposals proposals;
    @Autowired
    Drafts drafts;
    @Autowired
    DraftCheck check;

    @Test
    void findsTheClauseOfAPublishedSampleByAPhraseInsideAWordAndLinksToIt() throws IOException {
        JsonNode found = getJson(http, "/api/search?q=馆员");
        assertThat(found.get("total").asInt()).isPositive();
        JsonNode hit = found.get("hits").get(0);
        // WH/T 203 defines 图书馆员; other tests in this context may have published a newer edition of it.
        assertThat(hit.get("number").asText()).startsWith("WH/T 203—");
        assertThat(hit.get("url").asText()).matches("http://localhost:" + port + "/standards/wh-t-203/\\d{4}\\.html#_.+");
        assertThat(hit.get("snippetHtml").asText()).contains("<mark>馆员</mark>");
        assertThat(hit.get("statusLabel").asText()).isIn("现行", "即将实施", "被代替");
        JsonNode old = getJson(http, "/api/search?q=开放时间&status=SUPERSEDED");
        assertThat(old.get("hits")).isNotEmpty().allMatch(h -> h.get("obsolete").asBoolean()
                && h.get("number").asText().equals("WH/T 201—2019"));
    }

    @Test
    void refusesBadQueriesWithAMessageNeverAnError() {
        var page = http.get().uri("/search?q={q}", "馆员 \"( [ * ? ~ : \\ / && ||").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("<mark>馆员</mark>");
        var tooLong = http.get().uri("/search?q={q}", "馆".repeat(201)).retrieve().toEntity(String.class);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(200);
        assertThat(tooLong.getBody()).contains("最多 200 个字符");
        assertThat(http.get().uri("/search?q={q}", "。，！？").retrieve().body(String.class)).contains("只有标点");
        var api = http.get().uri("/api/search?q={q}", "馆".repeat(201)).retrieve().toEntity(String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(400);
        assertThat(api.getBody()).contains("最多 200 个字符");
        assertThat(http.get().uri("/api/search?q=").retrieve().toEntity(String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(http.get().uri("/api/search?q={q}", "——《》").retrieve().toEntity(String.class).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void listsTheSampleTermsAndTakesADefinitionCitingItsSourceForAnAdoptionNotAConflict() throws IOException {
        JsonNode terms = getJson(http, "/api/terms");
        assertThat(terms.findValuesAsText("term")).contains("图书馆员", "读者服务");
        // WH/T 203—2025 defines 读者服务 in other words, citing 〔来源：WH/T 201—2024，3.3，有修改〕: an adoption.
        JsonNode conflicts = getJson(http, "/api/terms?conflicts=true");
        assertThat(conflicts.findValuesAsText("term")).doesNotContain("读者服务");
        assertThat(http.get().uri("/terms?q=读者服务").retrieve().body(String.class))
                .contains("WH/T 201—2024", "WH/T 203—2025", "有修改").doesNotContain("⚠");
    }

    @Test
    void letsTheEditorSearchTheirConfidentialDraftAndWarnsItsRedefinedTerm() throws IOException {
        // An uploaded text brings no images (a draft's files are texts): the sample's figures are left out of it.
        String sample = new ClassPathResource("standards/wh-t-203/2025/standard.adoc").getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?m)^\\[\\[fig-[a-z-]+]]\n\\.[^\n]+\nimage::[^\n]+\n", "")
                .replace("<<fig-competence>>", "图 1").replace("<<fig-hours>>", "图 B.1");
        String source = sample.replace("在图书馆从事文献信息资源建设、信息组织、读者服务、业务管理和研究等专业工作的人员",
                "在图书馆工作的全部琅嬛人员");
        var created = as("editor1").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "NEW", "title", "图书馆员通用能力", "scope", "范围", "reason", "理由", "source", source))
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String id = json.readTree(created.getBody()).get("id").asText();

        assertThat(getJson(as("editor1"), "/api/search?scope=drafts&q=琅嬛").findValuesAsText("number")).contains(id);
        assertThat(getJson(as("member1"), "/api/search?scope=drafts&q=琅嬛").get("total").asInt()).isZero();
        assertThat(http.get().uri("/api/search?scope=drafts&q=琅嬛").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(getJson(http, "/api/search?q=琅嬛").get("total").asInt()).isZero();

        var p = proposals.find(id);
        List<RenderProblem> findings = check.findings(p, drafts.head(p));
        assertThat(findings).filteredOn(f -> f.message().contains("术语“图书馆员”")).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(RenderProblem.Severity.WARNING);
            assertThat(w.message()).contains("WH/T 203—");
            assertThat(w.line()).isNotNull();
        });
    }

    private JsonNode getJson(RestClient client, String uri) throws IOException {
        var response = client.get().uri(uri).retrieve().toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(uri + " " + response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }
}
