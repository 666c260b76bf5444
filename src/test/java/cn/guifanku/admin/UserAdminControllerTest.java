package cn.guifanku.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.audit.AuditTrail;
import cn.guifanku.people.NewPerson;
import cn.guifanku.people.People;
import cn.guifanku.people.Person;
import cn.guifanku.security.Role;
import cn.guifanku.publication.PublicationQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = UserAdminController.class)
@AutoConfigureMockMvc(addFilters = false) // the URL rules have their own tests; these are the controller's own checks
class UserAdminControllerTest {

    static final String DESCRIPTION = AuditTrail.class.getName() + ".description";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    People people;
    @MockitoBean
    PublicationQueue queue;

    final Person member = new Person("member4", "周建国", "浙江图书馆", null, true, Set.of(Role.MEMBER), Instant.EPOCH);
    final Person gone = new Person("editor9", "前起草人", null, null, false, Set.of(Role.EDITOR), Instant.EPOCH);

    @BeforeEach
    void persons() {
        when(people.persons()).thenReturn(List.of(gone, member));
        when(people.find("member4")).thenReturn(Optional.of(member));
        when(people.seatsOf(any())).thenReturn(List.of());
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void theSecretariatSeesUsersWithRolesAndStateButNoAccountActions() throws Exception {
        String page = mvc.perform(get("/admin/users")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("周建国", "委员", "已停用", "在用").doesNotContain("/admin/users/new");

        String user = mvc.perform(get("/admin/users/member4")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(user).contains("周建国").doesNotContain("/deactivation", "/roles");
    }

    @Test
    @WithMockUser(username = "secretary", roles = "SECRETARIAT")
    void onlyAdministratorsCreateDeactivateOrChangeRoles() throws Exception {
        mvc.perform(get("/admin/users/new")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").param("username", "newbie").param("displayName", "新人")
                .param("password", "a-long-password")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/member4/deactivation")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/member4/roles").param("role", "ADMIN")).andExpect(status().isForbidden());
        verify(people, never()).deactivate(any(), any());
        verify(people, never()).setRoles(any(), any());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCreatesAnAccountThroughTheAccountRulesAndTheAuditTrailIsTold() throws Exception {
        mvc.perform(post("/admin/users").param("username", " newbie ").param("displayName", "新人")
                        .param("organisation", "国家图书馆").param("email", "newbie@example.cn")
                        .param("password", "a-long-password").param("role", "EDITOR", "MEMBER"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users/newbie"))
                .andExpect(request().attribute(DESCRIPTION,
                        new AuditTrail.Description("admin.user.create", "user", "newbie", "角色 起草人、委员")));
        verify(people).create(new NewPerson("newbie", "新人", "国家图书馆", "newbie@example.cn", "a-long-password"),
                Set.of(Role.EDITOR, Role.MEMBER));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorDeactivatesAsThemselvesSoThatPeopleCanRefuseTheirOwnAccount() throws Exception {
        mvc.perform(post("/admin/users/member4/deactivation"))
                .andExpect(redirectedUrl("/admin/users/member4"))
                .andExpect(request().attribute(DESCRIPTION,
                        new AuditTrail.Description("admin.user.deactivate", "user", "member4", "停用账户")));
        verify(people).deactivate("member4", "admin");

        mvc.perform(post("/admin/users/member4/roles").param("role", "MEMBER", "CHAIR"))
                .andExpect(redirectedUrl("/admin/users/member4"));
        verify(people).setRoles(eq("member4"), eq(Set.of(Role.MEMBER, Role.CHAIR)));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorDoesNotSeeAButtonToDeactivateThemselves() throws Exception {
        Person admin = new Person("admin", "管理员", null, null, true, Set.of(Role.ADMIN), Instant.EPOCH);
        when(people.find("admin")).thenReturn(Optional.of(admin));
        String page = mvc.perform(get("/admin/users/admin")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("/deactivation").contains("不能停用自己的账户");
        mvc.perform(get("/admin/users/nobody")).andExpect(status().isNotFound());
    }
}
