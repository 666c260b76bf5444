package cn.guifanku.catalog;

import static cn.guifanku.catalog.Editions.edition;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.publication.PublicationQueue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = CatalogApiController.class)
@AutoConfigureMockMvc(addFilters = false)
class CatalogApiControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    PublicationQueue queue;

    StandardEntry entry() {
        Edition current = new Edition(edition("WH/T 201—2024", "2024-03-15", "2024-07-01", "WH/T 201—2019"),
                EditionStatus.CURRENT, List.of());
        Edition old = new Edition(edition("WH/T 201—2019", "2019-05-20", "2019-09-01"), EditionStatus.SUPERSEDED,
                List.of("WH/T 201—2024"));
        return new StandardEntry("wh-t-201", "WH/T 201", null, null, List.of(current, old), current, "tc389");
    }

    @Test
    void listsStandardsWithTheirEditionsAndDownloadUrls() throws Exception {
        given(catalog.search(eq("201"), eq(null), eq(0), eq(20))).willReturn(new CatalogPage<>(List.of(entry()), 0, 20, 1));
        mvc.perform(get("/api/standards").param("q", "201"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.pages").value(1))
                .andExpect(jsonPath("$.items[0].slug").value("wh-t-201"))
                .andExpect(jsonPath("$.items[0].number").value("WH/T 201—2024"))
                .andExpect(jsonPath("$.items[0].status").value("CURRENT"))
                .andExpect(jsonPath("$.items[0].statusLabel").value("现行"))
                .andExpect(jsonPath("$.items[0].latestPdf").value("http://localhost/standards/wh-t-201/latest.pdf"))
                .andExpect(jsonPath("$.items[0].editions[1].number").value("WH/T 201—2019"))
                .andExpect(jsonPath("$.items[0].editions[1].replacedBy[0]").value("WH/T 201—2024"))
                .andExpect(jsonPath("$.items[0].editions[0].pdf.href").value("http://localhost/standards/wh-t-201/2024.pdf"))
                .andExpect(jsonPath("$.items[0].editions[0].pdf.sha256").isString());
    }

    @Test
    void passesStatusFilterAndPaging() throws Exception {
        given(catalog.search(eq(""), eq(EditionStatus.UPCOMING), eq(2), eq(5))).willReturn(new CatalogPage<>(List.of(), 2, 5, 11));
        mvc.perform(get("/api/standards").param("status", "UPCOMING").param("page", "2").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(11))
                .andExpect(jsonPath("$.pages").value(3));
    }

    @Test
    void refusesBadPagingWithAProblemInChinese() throws Exception {
        mvc.perform(get("/api/standards").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("size 应在 1 到 100 之间")));
        mvc.perform(get("/api/standards").param("status", "NONSENSE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownStandardIsAProblemInTheCallersLanguage() throws Exception {
        given(catalog.find(any())).willReturn(Optional.empty());
        mvc.perform(get("/api/standards/wh-t-999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("没有编号为“wh-t-999”的标准。"));
        mvc.perform(get("/api/standards/wh-t-999").param("lang", "en"))
                .andExpect(jsonPath("$.detail").value("There is no standard \"wh-t-999\"."));
    }

    @Test
    void givesOneStandardWithAllEditions() throws Exception {
        given(catalog.find("wh-t-201")).willReturn(Optional.of(entry()));
        mvc.perform(get("/api/standards/wh-t-201"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editions.length()").value(2))
                .andExpect(jsonPath("$.editions[0].replaces[0]").value("WH/T 201—2019"));
        given(catalog.search(any(), any(), anyInt(), anyInt())).willReturn(new CatalogPage<>(List.of(), 0, 20, 0));
    }
}
