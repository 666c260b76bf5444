package cn.guifanku.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.ballot.BallotRound;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.ballot.Vote;
import cn.guifanku.people.Committee;
import cn.guifanku.people.CommitteeFunction;
import cn.guifanku.people.Memberships;
import cn.guifanku.people.NewPerson;
import cn.guifanku.people.People;
import cn.guifanku.security.Role;
import cn.guifanku.proposal.NewProposal;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.security.Actor;
import jakarta.servlet.Filter;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.ErrorResponseException;

/** The administration pages in the running application: accounts, sign-in, seats and ballots, and the audit trail. */
class AdministrationEndToEndTest extends ApplicationTestBase {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    WebApplicationContext context;
    @Autowired
    FilterRegistrationBean<? extends Filter> auditRecordingFilter;
    @Autowired
    People people;
    @Autowired
    Memberships memberships;
    @Autowired
    Proposals proposals;
    @Autowired
    Ballots ballots;
    @Autowired
    cn.guifanku.TestSteps steps;
    @Autowired
    IdentityService camundaIdentity;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        // The shared context, with the audit filter outside Spring Security as in the server.
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(auditRecordingFilter.getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    long audited(String actor, String action, String target) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ? and target_id = ?")
                .params(actor, action, target).query(Long.class).single();
    }

    @Test
    void aDeactivatedUserCannotSignInNorBeACandidateUntilReactivatedAndEachChangeIsAudited() throws Exception {
        mvc.perform(post("/admin/users").with(csrf()).with(user("admin").roles("ADMIN"))
                        .param("username", "leaver1").param("displayName", "离任者").param("password", PASSWORD)
                        .param("role", "MEMBER"))
                .andExpect(status().is3xxRedirection());
        assertThat(client("leaver1", PASSWORD).get().uri("/workbench").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(200);
        assertThat(camundaIdentity.createUserQuery().userId("leaver1").count()).isEqualTo(1);

        mvc.perform(post("/admin/users/leaver1/deactivation").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("done", "admin.done.deactivated"));

        assertThat(people.find("leaver1")).get().extracting(p -> p.active()).isEqualTo(false);
        assertThat(client("leaver1", PASSWORD).get().uri("/workbench").retrieve().toBodilessEntity()
                .getStatusCode().value()).as("HTTP Basic").isEqualTo(401);
        mvc.perform(formLogin().user("leaver1").password(PASSWORD)).andExpect(unauthenticated());
        assertThat(camundaIdentity.createUserQuery().userId("leaver1").count()).as("no tasks for them").isZero();
        assertThat(audited("admin", "admin.user.create", "leaver1")).isEqualTo(1);
        assertThat(audited("admin", "admin.user.deactivate", "leaver1")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'auth.login.failed' and details like ?")
                .param("%leaver1%DisabledException%").query(Long.class).single()).isPositive();

        mvc.perform(post("/admin/users/leaver1/reactivation").with(csrf()).with(user("admin").roles("ADMIN")));
        mvc.perform(formLogin().user("leaver1").password(PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'auth.login' and actor = 'leaver1'")
                .query(Long.class).single()).isPositive();
        mvc.perform(post("/logout").with(csrf()).with(user("leaver1").roles("MEMBER")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'auth.logout' and actor = 'leaver1'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void nobodyDeactivatesThemselvesAndTheRefusalIsAudited() throws Exception {
        mvc.perform(post("/admin/users/admin/deactivation").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("problem", "不能停用自己的账户"));
        assertThat(people.find("admin").orElseThrow().active()).isTrue();
        assertThat(jdbc.sql("select details from audit_entry where actor = 'admin' and action = 'admin.user.deactivate' "
                + "and target_id = 'admin'").query(String.class).list()).contains("拒绝：不能停用自己的账户");
    }

    @Test
    void theUrlRulesKeepEveryoneButAdministratorsAndTheSecretariatOut() throws Exception {
        mvc.perform(get("/admin/users").with(user("member1").roles("MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("editor1").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/committees/tc389").with(user("secretary").roles("SECRETARIAT"))).andExpect(status().isOk());
        mvc.perform(post("/admin/users").with(csrf()).with(user("secretary").roles("SECRETARIAT"))
                .param("username", "sneaky").param("displayName", "x").param("password", PASSWORD)
                .param("role", "ADMIN")).andExpect(status().isForbidden());
        assertThat(people.find("sneaky")).isEmpty();
        assertThat(client("secretary", DEMO_PASSWORD).get().uri("/audit.csv").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aMembershipChangeLeavesTheOpenBallotAloneAndAppliesToTheNextRound() throws Exception {
        people.create(new NewPerson("member9", "新委员", "测试图书馆", null, PASSWORD), Set.of(Role.MEMBER));
        Proposal p = proposals.create(new NewProposal(Proposal.Kind.NEW, "委员变更测试", "范围", "理由", null, null),
                new Actor("editor2", Set.of(Role.EDITOR)));
        steps.openBallot(p.id());
        BallotRound first = ballots.current(p.id());
        assertThat(first.voters()).contains("member4").doesNotContain("member9");
        try {
            mvc.perform(post("/admin/committees/tc389/seats/member4/removal").with(csrf())
                    .with(user("secretary").roles("SECRETARIAT"))).andExpect(flash().attribute("done", "admin.done.seats"));
            mvc.perform(post("/admin/committees/tc389/seats").with(csrf()).with(user("secretary").roles("SECRETARIAT"))
                    .param("username", "member9").param("function", "MEMBER"));

            assertThat(ballots.current(p.id()).voters()).as("the open round keeps its voters").isEqualTo(first.voters());
            ballots.vote(p.id(), Vote.Position.APPROVE, null, new Actor("member4", Set.of(Role.MEMBER)));
            assertThatThrownBy(() -> ballots.vote(p.id(), Vote.Position.APPROVE, null, new Actor("member9", Set.of(Role.MEMBER))))
                    .isInstanceOf(ErrorResponseException.class);

            steps.countBallot(p.id());
            steps.openBallot(p.id());
            BallotRound next = ballots.current(p.id());
            assertThat(next.number()).isEqualTo(2);
            assertThat(next.voters()).contains("member9").doesNotContain("member4");
            assertThat(audited("secretary", "admin.committee.unseat", "tc389")).isPositive();
        } finally {
            memberships.unseat(Committee.DEFAULT_ID, "member9");
            memberships.seat(Committee.DEFAULT_ID, "member4", CommitteeFunction.MEMBER);
        }
    }
}
