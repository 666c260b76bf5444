package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Accounts and committees on real SQL. */
class PeopleTest {

    final TestPeople t = TestPeople.create();
    final People people = t.people();

    @Test
    void registrationOpensAReaderAccountWithAHashedPassword() {
        Person reader = people.register(new NewPerson("szlib", "深圳图书馆", "深圳图书馆", "szlib@example.cn",
                "a-long-enough-password"));

        assertThat(reader.roles()).containsExactly(Role.READER);
        assertThat(reader.active()).isTrue();
        assertThat(reader.createdAt()).isEqualTo(TestPeople.CLOCK.instant());
        String hash = t.persons().account("szlib").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-enough-password");
        assertThat(t.encoder().matches("a-long-enough-password", hash)).isTrue();
    }

    @Test
    void registrationRefusesATakenNameEvenOfADeactivatedAccount() {
        t.create("szlib", Role.READER);
        people.deactivate("szlib");

        assertThatThrownBy(() -> people.register(new NewPerson("szlib", "深圳图书馆", null, null, "another-password")))
                .isInstanceOf(AccountRefusedException.class).hasMessage("用户名“szlib”已被占用");
    }

    @Test
    void registrationRefusesAShortPasswordAndABadName() {
        assertThatThrownBy(() -> people.register(new NewPerson("szlib", "深圳图书馆", null, null, "123456789")))
                .isInstanceOf(AccountRefusedException.class).hasMessage("密码至少需要 10 个字符");
        assertThatThrownBy(() -> people.register(new NewPerson("SZ Lib", "深圳图书馆", null, null, "long-enough-1")))
                .isInstanceOf(AccountRefusedException.class).hasMessageStartingWith("用户名须为");
        assertThatThrownBy(() -> people.register(new NewPerson("szlib", " ", null, null, "long-enough-1")))
                .isInstanceOf(AccountRefusedException.class).hasMessage("请填写姓名或单位名称");
        assertThatThrownBy(() -> people.register(new NewPerson("szlib", "深圳图书馆", null, "no-at-sign", "long-enough-1")))
                .isInstanceOf(AccountRefusedException.class).hasMessage("电子邮箱格式不正确");
        assertThat(people.find("szlib")).isEmpty();
    }

    @Test
    void passwordLengthCountsCharactersNotBytes() {
        // Ten Chinese characters are ten characters, although they are thirty bytes.
        assertThat(people.register(new NewPerson("szlib", "深圳图书馆", null, null, "深圳图书馆读者服务部")).username())
                .isEqualTo("szlib");
    }

    @Test
    void votingMembersAreTheActiveVotingSeatsIncludingTheChairButNotTheSecretary() {
        t.create("admin", Role.ADMIN);
        t.create("chair", Role.CHAIR, Role.MEMBER);
        t.create("member1", Role.MEMBER);
        t.create("member2", Role.MEMBER);
        t.create("observer", Role.MEMBER);
        t.create("secretary", Role.SECRETARIAT);
        t.seat("chair", CommitteeFunction.CHAIR, true);
        t.seat("member1", CommitteeFunction.MEMBER, true);
        t.seat("member2", CommitteeFunction.MEMBER, true);
        t.seat("observer", CommitteeFunction.MEMBER, false);
        t.seat("secretary", CommitteeFunction.SECRETARY, false);
        people.deactivate("member2");

        assertThat(people.votingMembers("tc389")).extracting(Person::username).containsExactly("chair", "member1");
        assertThat(people.votingMembers("tc999")).isEmpty();
        assertThat(people.isMember("tc389", "secretary")).isTrue();
        assertThat(people.isMember("tc389", "observer")).isTrue();
        assertThat(people.isMember("tc389", "member2")).as("deactivated").isFalse();
        assertThat(people.isMember("tc389", "admin")).isFalse();
    }

    @Test
    void theSchemaRefusesAVotingSecretary() {
        t.create("secretary", Role.SECRETARIAT);
        assertThatThrownBy(() -> t.seat("secretary", CommitteeFunction.SECRETARY, true))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("committee_secretary_votes_not"));
    }

    @Test
    void theDefaultCommitteeExists() {
        assertThat(people.committee("tc389")).contains(new Committee("tc389", "全国图书馆标准化技术委员会", "SAC/TC 389"));
        assertThat(people.committee("tc999")).isEmpty();
        assertThat(people.committees()).extracting(Committee::id).containsExactly("tc389");
    }

    @Test
    void deactivatedPeopleAreKeptButTheLastAdministratorCannotBeDeactivated() {
        t.create("admin", Role.ADMIN);
        t.create("editor1", Role.EDITOR);

        people.deactivate("editor1");
        assertThat(people.find("editor1")).get().satisfies(p -> assertThat(p.active()).isFalse());
        assertThat(people.persons()).extracting(Person::username).containsExactly("admin", "editor1");

        assertThatThrownBy(() -> people.deactivate("admin")).isInstanceOf(AccountRefusedException.class)
                .hasMessageContaining("唯一的管理员");
        t.create("admin2", Role.ADMIN);
        people.deactivate("admin");
        assertThat(people.find("admin")).get().satisfies(p -> assertThat(p.active()).isFalse());
        assertThatThrownBy(() -> people.deactivate("nobody")).hasMessage("没有用户“nobody”");
    }

    @Test
    void changingAPasswordNeedsTheCurrentOne() {
        t.create("editor1", Role.EDITOR);

        assertThatThrownBy(() -> people.changePassword("editor1", "wrong-password", "a-new-password"))
                .isInstanceOf(AccountRefusedException.class).hasMessage("当前密码不正确");
        assertThatThrownBy(() -> people.changePassword("editor1", "correct-horse-battery", "short"))
                .isInstanceOf(AccountRefusedException.class).hasMessage("密码至少需要 10 个字符");

        people.changePassword("editor1", "correct-horse-battery", "a-new-password");
        assertThat(t.encoder().matches("a-new-password", t.persons().account("editor1").orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void newPersonKeepsThePasswordOutOfItsToString() {
        assertThat(new NewPerson("szlib", "深圳图书馆", null, null, "secret-password").toString())
                .doesNotContain("secret-password");
    }

    @Test
    void personRolesAreReadOnly() {
        Person person = t.create("editor1", Role.EDITOR, Role.MEMBER);
        assertThat(person.roles()).containsExactly(Role.EDITOR, Role.MEMBER);
        assertThatThrownBy(() -> person.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Set.of(Role.values())).extracting(Role::group)
                .containsExactlyInAnyOrder("reader", "editor", "member", "secretariat", "chair", "admin");
    }
}
