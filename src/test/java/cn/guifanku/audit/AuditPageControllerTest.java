package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.publication.PublicationQueue;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = AuditPageController.class)
@AutoConfigureMockMvc(addFilters = false) // the URL rules have their own tests; these are the controller's own checks
class AuditPageControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    PublicationQueue queue;
    @MockitoBean
    cn.guifanku.catalog.Catalog catalog;

    final AuditEntry vote = new AuditEntry(7L, OffsetDateTime.parse("2026-11-25T02:00:00Z"), "member1", "ballot.vote",
            "proposal", "P2026-001", "192.0.2.7", "POST", "/proposals/P2026-001/ballot/votes", "302", "同意, 无意见");

    @BeforeEach
    void entries() {
        when(trail.now()).thenReturn(OffsetDateTime.parse("2026-11-25T02:00:00Z"));
        when(trail.count(any())).thenReturn(120L);
        when(trail.find(any(), anyLong(), anyInt())).thenReturn(List.of(vote));
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void theSecretariatSeesTheFilteredTrailPagedNewestFirst() throws Exception {
        String page = mvc.perform(get("/audit").param("actor", "member1").param("action", "ballot.")
                        .param("target", "P2026-001").param("from", "2026-11-01").param("to", "2026-11-30")
                        .param("page", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        AuditQuery expected = new AuditQuery("member1", "ballot.", "P2026-001", LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"));
        verify(trail).find(eq(expected), eq(50L), eq(50));
        assertThat(page).contains("192.0.2.7", "P2026-001", "2026-11-25 10:00:00", "第 2 / 3 页")
                // Actions, outcomes and targets in words; the codes only inside the request's details.
                .contains("<td>投票</td>", "<td>提案 P2026-001</td>", "<td>成功</td>", "审查投票：全部", "全部人员")
                .doesNotContain("<td>302</td>", "placeholder=\"proposal.")
                .contains("/audit.csv?actor=member1&amp;action=ballot.&amp;target=P2026-001&amp;from=2026-11-01&amp;to=2026-11-30");
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void inEnglishThroughTheBundle() throws Exception {
        String page = mvc.perform(get("/audit").param("lang", "en").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<td>Vote</td>", "<td>Proposal P2026-001</td>", "<td>Done</td>", "Ballot: all");
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void theCsvIsUtf8WithAByteOrderMarkAndAChineseFileName() throws Exception {
        byte[] body = mvc.perform(get("/audit.csv").param("actor", "member1"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"audit-2026-11-25.csv\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E8%AE%B0%E5%BD%95-2026-11-25.csv"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8))
                .contains("member1,ballot.vote,proposal,P2026-001,192.0.2.7,POST,/proposals/P2026-001/ballot/votes,302,\"同意, 无意见\"\r\n");
        verify(trail).find(eq(new AuditQuery("member1", null, null, null, null)), eq(0L), eq(AuditPageController.CSV_LIMIT));
    }

    @Test
    @WithMockUser(username = "editor1", roles = {"EDITOR", "MEMBER"})
    void othersAreRefusedEvenIfTheUrlRulesLetThemThrough() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/audit.csv")).andExpect(status().isForbidden());
    }
}
