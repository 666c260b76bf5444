package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo committee of the embedded default. */
class DemoAccountsTest {

    final TestPeople t = TestPeople.create();

    @Test
    void seedsTheDemoCommittee() {
        t.demoAccounts().run(null);

        assertThat(t.people().persons()).extracting(Person::username).containsExactly(
                "chair", "editor1", "editor2", "member1", "member2", "member3", "member4", "reader", "secretary");
        assertThat(t.people().votingMembers("tc389")).extracting(Person::username)
                .containsExactly("chair", "editor1", "member1", "member2", "member3", "member4");
        assertThat(t.people().isMember("tc389", "secretary")).isTrue();
        assertThat(t.people().isMember("tc389", "editor2")).isFalse();
        Person editor = t.people().find("editor1").orElseThrow();
        assertThat(editor.displayName()).isEqualTo("张明");
        assertThat(editor.organisation()).isEqualTo("国家图书馆");
        assertThat(editor.roles()).containsExactly(Role.EDITOR, Role.MEMBER);
        assertThat(t.encoder().matches("guifanku-demo", t.persons().account("reader").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void runningAgainChangesNothingAndKeepsChangedPasswords() {
        t.demoAccounts().run(null);
        t.people().changePassword("chair", "guifanku-demo", "the-chairs-own-password");

        t.demoAccounts().run(null);

        assertThat(t.people().persons()).hasSize(DemoAccounts.ACCOUNTS.size());
        assertThat(t.people().votingMembers("tc389")).hasSize(6);
        assertThat(t.encoder().matches("the-chairs-own-password",
                t.persons().account("chair").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void fillsInOnlyTheMissingAccounts() {
        t.create("editor1", Role.EDITOR);

        t.demoAccounts().run(null);

        assertThat(t.people().find("editor1").orElseThrow().displayName()).as("left alone").isEqualTo("editor1 的名字");
        assertThat(t.people().persons()).hasSize(DemoAccounts.ACCOUNTS.size());
    }
}
