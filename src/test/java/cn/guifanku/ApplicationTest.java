package cn.guifanku;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.content.ContentRepository;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The whole application as a newcomer starts it: a fresh data folder, the samples imported and published in the
 * background, the catalog, downloads, Camunda behind the login. One context, shared by the tests here.
 */
class ApplicationTest extends ApplicationTestBase {

    @Autowired
    ContentRepository content;
    @Autowired
    RepositoryService repositoryService;

    ResponseEntity<String> get(String path) {
        return http.get().uri(path).retrieve().toEntity(String.class);
    }

    @Test
    void publishesTheSamplesOnFirstStartAndReportsTheBrokenOne() {
        assertThat(catalog.standards()).extracting(StandardEntry::slug).containsExactly("wh-t-201", "wh-t-202", "wh-t-203");
        assertThat(catalog.find("wh-t-201").orElseThrow().editions()).hasSize(2);
        assertThat(content.resolve("refs/tags/wh-t-201/2019")).isPresent();
        assertThat(content.resolve("refs/tags/wh-t-201/2024")).isPresent();
        assertThat(content.resolve("refs/tags/wh-t-999/2025")).as("a failed publication leaves no tag").isEmpty();

        String report = http.get().uri("/publications").headers(h -> h.setBasicAuth("admin", "guifanku-admin"))
                .retrieve().body(String.class);
        assertThat(report).contains("wh-t-999/2025").contains("失败").containsPattern("standard\\.adoc:\\d+");
    }

    @Test
    void homePageListsTheStandardsInChinese() {
        ResponseEntity<String> home = get("/");
        assertThat(home.getStatusCode().value()).isEqualTo(200);
        assertThat(home.getBody()).contains("公共图书馆读者服务规范").contains("WH/T 201—2024").contains("现行")
                .contains("古籍数字化元数据规范").contains("图书馆员职业能力要求");
        assertThat(home.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(get("/?lang=en").getBody()).contains("Published standards");
    }

    @Test
    void latestLeadsToTheEditionInForceAndItsPdfDownloads() {
        ResponseEntity<String> latest = get("/standards/wh-t-201/latest.pdf");
        assertThat(latest.getStatusCode().value()).isEqualTo(302);
        assertThat(latest.getHeaders().getLocation()).hasToString("/standards/wh-t-201/2024.pdf");

        var head = http.head().uri("/standards/wh-t-201/2024.pdf").retrieve().toBodilessEntity();
        assertThat(head.getStatusCode().value()).as("link checkers and download managers ask with HEAD").isEqualTo(200);
        assertThat(head.getHeaders().getETag()).isNotNull();

        ResponseEntity<byte[]> pdf = http.get().uri("/standards/wh-t-201/2024.pdf").retrieve().toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        String etag = pdf.getHeaders().getETag();
        assertThat(etag).isEqualTo('"' + catalog.edition("wh-t-201", "2024").orElseThrow().published().pdf().sha256() + '"');
        assertThat(http.get().uri("/standards/wh-t-201/2024.pdf").header(HttpHeaders.IF_NONE_MATCH, etag)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(304);
    }

    @Test
    void standardsHtmlCarriesOnlyItsOwnContentSecurityPolicy() {
        ResponseEntity<String> html = get("/standards/wh-t-202/2023.html");
        assertThat(html.getStatusCode().value()).isEqualTo(200);
        assertThat(html.getHeaders().get("Content-Security-Policy")).singleElement().asString().startsWith("default-src 'none'");
        assertThat(html.getBody()).contains("古籍数字化元数据规范").doesNotContain("<script");
    }

    @Test
    void apiListsStandardsWithAbsoluteDownloadUrls() {
        String json = get("/api/standards?q=201").getBody();
        assertThat(json).contains("\"slug\":\"wh-t-201\"").contains("http://localhost:" + port + "/standards/wh-t-201/2024.pdf");
        assertThat(get("/v3/api-docs").getBody()).contains("/api/standards/{slug}");
    }

    @Test
    void camundaAndItsRestApiRefuseAnonymousRequests() {
        assertThat(get("/engine-rest/process-definition").getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> cockpit = http.get().uri("/camunda/app/cockpit/default/")
                .accept(org.springframework.http.MediaType.TEXT_HTML).retrieve().toEntity(String.class);
        assertThat(cockpit.getStatusCode().value()).isIn(302, 401);
        if (cockpit.getStatusCode().value() == 302) {
            assertThat(cockpit.getHeaders().getLocation().toString()).endsWith("/login");
        }
        String definitions = http.get().uri("/engine-rest/process-definition")
                .headers(h -> h.setBasicAuth("admin", "guifanku-admin")).retrieve().body(String.class);
        assertThat(definitions).contains("\"key\":\"standard-review\"");
    }

    @Test
    void camundaIsForAdministratorsOnlyNotForAnySignedInUser() {
        for (String path : java.util.List.of("/engine-rest/task", "/engine-rest/process-definition",
                "/camunda/api/engine/engine/")) {
            int status = as("reader").get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
            assertThat(status).as("reader on " + path).isEqualTo(403);
            assertThat(as("secretary").get().uri(path).retrieve().toBodilessEntity().getStatusCode().value())
                    .as("secretary on " + path).isEqualTo(403);
        }
        assertThat(as("admin").get().uri("/engine-rest/task").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void deploysTheReviewModelFromBpmnFolderOnce() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("standard-review").count())
                .isEqualTo(1);
    }

    @Test
    void reportsHealth() {
        assertThat(get("/actuator/health").getBody()).contains("\"status\":\"UP\"");
    }

    @Test
    void adminPagesNeedSignIn() {
        ResponseEntity<String> publications = http.get().uri("/publications").accept(org.springframework.http.MediaType.TEXT_HTML)
                .retrieve().toEntity(String.class);
        assertThat(publications.getStatusCode().value()).isEqualTo(302);
        assertThat(publications.getHeaders().getLocation().toString()).endsWith("/login");
    }
}
