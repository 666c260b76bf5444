package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A standalone in-memory engine with our plugin: Camunda sees our accounts and roles as users and groups. */
class CamundaIdentityPluginTest {

    final TestPeople t = TestPeople.create();
    ProcessEngine engine;
    IdentityService identity;
    TaskService tasks;

    @BeforeEach
    void engineWithOurPeople() {
        t.demoAccounts().run(null);
        t.create("admin", Role.ADMIN);
        t.create("retired", Role.SECRETARIAT);
        t.people().deactivate("retired");

        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("people-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:camunda-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate("create-drop");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("none");
        configuration.getProcessEnginePlugins().add(new CamundaIdentityPlugin(t.persons(), t.encoder()));
        engine = configuration.buildProcessEngine();
        identity = engine.getIdentityService();
        tasks = engine.getTaskService();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void usersAreOurActiveAccountsAndGroupsOurRoles() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("secretariat").list()).singleElement().satisfies(u -> {
            assertThat(u.getId()).isEqualTo("secretary");
            assertThat(u.getFirstName()).isEqualTo("王秘书");
            assertThat(u.getLastName()).isEqualTo("全国图书馆标准化技术委员会秘书处");
        });
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(User::getId)
                .containsExactly("admin");
        assertThat(identity.createUserQuery().userId("retired").count()).as("deactivated").isZero();
        assertThat(identity.createUserQuery().userFirstNameLike("%张%").singleResult().getId()).isEqualTo("editor1");
        assertThat(identity.createUserQuery().orderByUserId().desc().listPage(0, 2)).extracting(User::getId)
                .containsExactly("secretary", "reader");
        assertThat(identity.createGroupQuery().groupMember("chair").list()).extracting(Group::getId)
                .containsExactly("chair", "member");
        assertThat(identity.createGroupQuery().groupMember("admin").list()).extracting(Group::getId)
                .containsExactly("admin", "camunda-admin");
        assertThat(identity.createGroupQuery().groupId("editor").singleResult().getName()).isEqualTo("起草人");
        assertThat(identity.createTenantQuery().count()).isZero();
    }

    @Test
    void candidateUsersFindTasksOfTheirGroups() {
        engine.getRepositoryService().createDeployment()
                .addModelInstance("check.bpmn", Bpmn.createExecutableProcess("check").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("formalCheck").camundaCandidateGroups("secretariat").endEvent().done())
                .deploy();
        engine.getRuntimeService().startProcessInstanceByKey("check");

        assertThat(tasks.createTaskQuery().taskCandidateUser("secretary").list()).singleElement()
                .satisfies(task -> assertThat(task.getTaskDefinitionKey()).isEqualTo("formalCheck"));
        assertThat(tasks.createTaskQuery().taskCandidateUser("editor1").count()).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser("retired").count()).isZero();
    }

    @Test
    void checksPasswordsWithOurEncoder() {
        assertThat(identity.checkPassword("secretary", "guifanku-demo")).isTrue();
        assertThat(identity.checkPassword("secretary", "wrong-password")).isFalse();
        assertThat(identity.checkPassword("retired", "correct-horse-battery")).as("deactivated").isFalse();
        assertThat(identity.checkPassword("nobody", "guifanku-demo")).isFalse();
    }
}
