package cn.guifanku.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.audit.AuditTrail;
import cn.guifanku.people.Committee;
import cn.guifanku.people.CommitteeFunction;
import cn.guifanku.people.Memberships;
import cn.guifanku.people.People;
import cn.guifanku.people.Seat;
import cn.guifanku.publication.PublicationQueue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = CommitteeAdminController.class)
@AutoConfigureMockMvc(addFilters = false) // the URL rules have their own tests; these are the controller's own checks
class CommitteeAdminControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    People people;
    @MockitoBean
    Memberships memberships;
    @MockitoBean
    PublicationQueue queue;

    final Committee tc389 = new Committee("tc389", "全国图书馆标准化技术委员会", "SAC/TC 389");

    @BeforeEach
    void committee() {
        when(people.committee("tc389")).thenReturn(Optional.of(tc389));
        when(people.committees()).thenReturn(List.of(tc389));
        when(memberships.seats("tc389")).thenReturn(List.of(
                new Seat("tc389", "chair", CommitteeFunction.CHAIR, true),
                new Seat("tc389", "secretary", CommitteeFunction.SECRETARY, false)));
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void theCommitteePageShowsSeatsAndSaysChangesApplyToBallotsNotYetOpened() throws Exception {
        String page = mvc.perform(get("/admin/committees/tc389")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("SAC/TC 389", "主任委员", "秘书处", "正在进行的投票仍按开始时的委员名单计票");
        mvc.perform(get("/admin/committees/tc999")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void theSecretariatSeatsAndRemovesMembersAndTheAuditTrailIsTold() throws Exception {
        mvc.perform(post("/admin/committees/tc389/seats").param("username", "member5").param("function", "MEMBER"))
                .andExpect(redirectedUrl("/admin/committees/tc389"))
                .andExpect(request().attribute(AuditTrail.class.getName() + ".description",
                        new AuditTrail.Description("admin.committee.seat", "committee", "tc389", "member5 任委员")));
        verify(memberships).seat("tc389", "member5", CommitteeFunction.MEMBER);

        mvc.perform(post("/admin/committees/tc389/seats/member4/removal"))
                .andExpect(redirectedUrl("/admin/committees/tc389"));
        verify(memberships).unseat("tc389", "member4");
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void onlyAdministratorsOpenACommittee() throws Exception {
        mvc.perform(post("/admin/committees").param("id", "tc389-sc1").param("name", "分委员会")
                .param("code", "SAC/TC 389/SC 1")).andExpect(status().isForbidden());
        verify(memberships, never()).create(any());
    }

    @Test
    @WithMockUser(username = "editor1", roles = {"EDITOR", "MEMBER"})
    void othersAreRefusedEvenIfTheUrlRulesLetThemThrough() throws Exception {
        mvc.perform(get("/admin/committees")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/committees/tc389/seats").param("username", "editor1").param("function", "CHAIR"))
                .andExpect(status().isForbidden());
        verify(memberships, never()).seat(any(), any(), any());
    }
}
