package cn.guifanku.catalog;

import static cn.guifanku.catalog.Editions.edition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.publication.PublicationQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {DownloadController.class, CatalogPageController.class})
@AutoConfigureMockMvc(addFilters = false) // security has its own tests; this one is about what the controller answers
class DownloadControllerTest {

    static final byte[] PDF = "%PDF-1.7 这是一份标准的内容 0123456789".getBytes(StandardCharsets.UTF_8);

    @TestConfiguration
    static class Store {
        @Bean
        ArtifactStore artifactStore() throws Exception {
            return CatalogTestSupport.store(Files.createTempDirectory("artifacts"));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ArtifactStore store;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    PublicationQueue queue;

    Edition current;

    @BeforeEach
    void publish() {
        Artifact pdf = store.store(PDF);
        Artifact html = store.store("<html>标准</html>".getBytes(StandardCharsets.UTF_8));
        PublishedEdition p = edition("WH/T 201—2024", "2024-03-15", "2024-07-01");
        p = new PublishedEdition(p.slug(), p.editionKey(), p.metadata(), p.commitId(), p.tagName(), html, pdf, p.publishedAt());
        current = new Edition(p, EditionStatus.CURRENT, List.of());
        given(catalog.edition("wh-t-201", "2024")).willReturn(Optional.of(current));
    }

    @Test
    void servesAnEditionWithChecksumETagAndItsNumberAsFileName() throws Exception {
        var response = mvc.perform(get("/standards/wh-t-201/2024.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.ETAG, '"' + current.published().pdf().sha256() + '"'))
                .andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
                .andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"WH_T_201-2024.pdf\"")
                .contains("filename*=UTF-8''WH%2FT%20201%E2%80%942024%20%E6%A0%87%E9%A2%98%20WH%2FT%20201%E2%80%942024.pdf");
    }

    @Test
    void answersNotModifiedToTheSameETag() throws Exception {
        mvc.perform(get("/standards/wh-t-201/2024.pdf")
                        .header(HttpHeaders.IF_NONE_MATCH, '"' + current.published().pdf().sha256() + '"'))
                .andExpect(status().isNotModified());
        mvc.perform(get("/standards/wh-t-201/2024.pdf").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
                .andExpect(status().isOk());
    }

    @Test
    void servesByteRanges() throws Exception {
        var response = mvc.perform(get("/standards/wh-t-201/2024.pdf").header(HttpHeaders.RANGE, "bytes=0-7"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 0-7/" + PDF.length))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void givesTheStandardsHtmlAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/standards/wh-t-201/2024.html"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
                .andExpect(header().string("Content-Security-Policy", DownloadController.ARTIFACT_CSP));
    }

    static final byte[] OLD_HTML = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<title>WH/T 201—2019</title>\n</head>\n"
            + "<body>\n<main>2019 年版的正文</main>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);

    /** 2019 replaced by 2024 (in force), with 2026 approved for 2027: the catalog as a library finds it. */
    Edition replacedWithNextAnnounced() {
        Artifact html = store.store(OLD_HTML);
        PublishedEdition p = edition("WH/T 201—2019", "2019-05-20", "2019-09-01");
        p = new PublishedEdition(p.slug(), p.editionKey(), p.metadata(), p.commitId(), p.tagName(), html,
                current.published().pdf(), p.publishedAt());
        Edition old = new Edition(p, EditionStatus.SUPERSEDED, List.of("WH/T 201—2024"), List.of());
        Edition inForce = new Edition(current.published(), EditionStatus.CURRENT, List.of("WH/T 201—2026"),
                List.of("WH/T 201—2019"));
        Edition next = new Edition(edition("WH/T 201—2026", "2026-11-20", "2027-03-01"), EditionStatus.UPCOMING, List.of(),
                List.of("WH/T 201—2024"));
        given(catalog.edition("wh-t-201", "2019")).willReturn(Optional.of(old));
        given(catalog.edition("wh-t-201", "2024")).willReturn(Optional.of(inForce));
        given(catalog.find("wh-t-201")).willReturn(Optional.of(new StandardEntry("wh-t-201", "WH/T 201", null, null,
                List.of(next, inForce, old), inForce, "tc389")));
        return old;
    }

    @Test
    void aReplacedEditionsReadingPageSaysSoAtTheTopAndLinksTheEditionInForce() throws Exception {
        replacedWithNextAnnounced();
        var response = mvc.perform(get("/standards/wh-t-201/2019.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", DownloadController.ARTIFACT_CSP))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andReturn().getResponse();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        org.jsoup.nodes.Element bar = page.body().child(0);
        assertThat(bar.id()).isEqualTo("edition-status");
        assertThat(bar.text()).contains("被代替", "本版本 WH/T 201—2019 已被 WH/T 201—2024 代替（自 2024-07-01 起）",
                "现行版本：WH/T 201—2024");
        assertThat(page.selectFirst("#edition-in-force").attr("href")).isEqualTo("/standards/wh-t-201/2024.html");
        assertThat(page.select("main").text()).isEqualTo("2019 年版的正文");
        assertThat(response.getHeaders(HttpHeaders.LINK)).contains(
                "<http://localhost/standards/wh-t-201/2024.html>; rel=\"latest-version\"",
                "<http://localhost/standards/wh-t-201/2024.html>; rel=\"successor-version\"");
    }

    @Test
    void theArchivedHtmlStaysByteForByteAsPublishedAtItsOwnUrlAsAFile() throws Exception {
        Edition old = replacedWithNextAnnounced();
        var response = mvc.perform(get("/standards/wh-t-201/2019/archive.html"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, '"' + old.published().html().sha256() + '"'))
                .andExpect(header().string("X-Robots-Tag", "noindex"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(OLD_HTML);
        assertThat(ArtifactStore.sha256(response.getContentAsByteArray())).isEqualTo(old.published().html().sha256());
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"WH_T_201-2019.html\"");
        assertThat(response.getHeaders(HttpHeaders.LINK)).contains(
                "<http://localhost/standards/wh-t-201/2024.html>; rel=\"latest-version\"",
                "<http://localhost/standards/wh-t-201/2019.html>; rel=\"canonical\"");
    }

    @Test
    void aPdfNamesTheEditionInForceInItsLinkHeader() throws Exception {
        replacedWithNextAnnounced();
        var response = mvc.perform(get("/standards/wh-t-201/2019.pdf")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(response.getHeaders(HttpHeaders.LINK))
                .contains("<http://localhost/standards/wh-t-201/2024.html>; rel=\"latest-version\"");
    }

    @Test
    void theEditionInForceSaysWhenTheNextOneTakesOver() throws Exception {
        replacedWithNextAnnounced();
        String page = mvc.perform(get("/standards/wh-t-201/2024.html")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#edition-status").text())
                .contains("现行", "自 2027-03-01 起将由 WH/T 201—2026 代替");
    }

    @Test
    void latestRedirectsToTheEditionInForce() throws Exception {
        given(catalog.latest("wh-t-201")).willReturn(Optional.of(new Latest.InForce(current)));
        mvc.perform(get("/standards/wh-t-201/latest.pdf"))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/standards/wh-t-201/2024.pdf"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"));
    }

    @Test
    void latestOfAStandardNotYetInForceIsNotFoundAndNamesTheDay() throws Exception {
        Edition upcoming = new Edition(current.published(), EditionStatus.UPCOMING, List.of());
        given(catalog.latest("wh-t-201")).willReturn(Optional.of(new Latest.NotYetInForce(upcoming)));
        mvc.perform(get("/standards/wh-t-201/latest.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("将于 2024-07-01 实施")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/standards/wh-t-201/2024.pdf")));
    }

    @Test
    void latestOfAWithdrawnStandardIsGone() throws Exception {
        Edition withdrawn = new Edition(current.published(), EditionStatus.WITHDRAWN, List.of());
        given(catalog.latest("wh-t-201"))
                .willReturn(Optional.of(new Latest.Withdrawn(LocalDate.parse("2026-01-01"), withdrawn)));
        mvc.perform(get("/standards/wh-t-201/latest.html"))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已于 2026-01-01 废止")));
    }

    @Test
    void unknownEditionIsNotFoundInChinese() throws Exception {
        mvc.perform(get("/standards/wh-t-201/2030.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("标准“wh-t-201”没有 2030 年版")));
        mvc.perform(get("/standards/wh-t-999/latest.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void pathsThatTryToLeaveTheStoreFindNothing() throws Exception {
        Path secret = Files.createTempFile("secret", ".pdf");
        Files.writeString(secret, "SECRET");
        for (String path : List.of("/standards/..%2F..%2F..%2Fetc/2024.pdf", "/standards/wh-t-201/..%2F2024.pdf",
                "/standards/wh-t-201/%2e%2e/%2e%2e/etc/passwd", "/standards/wh-t-201/2024.pdf/..%2f..%2fsecret.pdf")) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(response.getContentAsString()).as(path).doesNotContain("SECRET").doesNotContain("root:");
        }
        assertThat(store.find("../../" + secret)).isEmpty();
        assertThat(store.find(secret.toString())).isEmpty();
    }
}
