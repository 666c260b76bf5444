package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What administrators and the secretariat change: accounts, roles and committee seats, with the rules that hold. */
class AdministrationTest {

    final TestPeople t = TestPeople.create();
    final Memberships memberships = new Memberships(t.committees(), t.persons());

    @Test
    void nobodyDeactivatesThemselvesAndTheLastAdministratorStays() {
        t.create("admin", Role.ADMIN);
        t.create("admin2", Role.ADMIN);

        assertThatThrownBy(() -> t.people().deactivate("admin", "admin"))
                .isInstanceOf(AccountRefusedException.class).hasMessage("不能停用自己的账户");
        t.people().deactivate("admin2", "admin");
        assertThatThrownBy(() -> t.people().setRoles("admin", Set.of(Role.MEMBER)))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("唯一的管理员");
        assertThat(t.people().find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aDeactivatedAccountKeepsItsNameAndComesBackWithItsRolesAndSeats() {
        t.create("admin", Role.ADMIN);
        t.create("member1", Role.MEMBER);
        memberships.seat(Committee.DEFAULT_ID, "member1", CommitteeFunction.MEMBER);

        t.people().deactivate("member1", "admin");
        assertThat(t.people().find("member1")).get().extracting(Person::active, Person::displayName)
                .containsExactly(false, "member1 的名字");
        assertThat(t.people().votingMembers(Committee.DEFAULT_ID)).isEmpty();

        t.people().reactivate("member1");
        assertThat(t.people().votingMembers(Committee.DEFAULT_ID)).extracting(Person::username).containsExactly("member1");
        assertThat(t.people().find("member1").orElseThrow().roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void rolesAreReplacedAsAWhole() {
        t.create("admin", Role.ADMIN);
        t.create("editor1", Role.EDITOR);
        t.people().setRoles("editor1", Set.of(Role.MEMBER, Role.CHAIR));
        assertThat(t.people().find("editor1").orElseThrow().roles()).containsExactly(Role.MEMBER, Role.CHAIR);
    }

    @Test
    void aCommitteeHasOneChairAndItsSecretaryNeverVotes() {
        t.create("chair", Role.CHAIR);
        t.create("member2", Role.MEMBER);
        t.create("secretary", Role.SECRETARIAT);
        memberships.seat(Committee.DEFAULT_ID, "chair", CommitteeFunction.CHAIR);
        memberships.seat(Committee.DEFAULT_ID, "secretary", CommitteeFunction.SECRETARY);

        memberships.seat(Committee.DEFAULT_ID, "member2", CommitteeFunction.CHAIR);

        assertThat(memberships.seats(Committee.DEFAULT_ID)).containsExactly(
                new Seat(Committee.DEFAULT_ID, "chair", CommitteeFunction.MEMBER, true),
                new Seat(Committee.DEFAULT_ID, "member2", CommitteeFunction.CHAIR, true),
                new Seat(Committee.DEFAULT_ID, "secretary", CommitteeFunction.SECRETARY, false));
        assertThat(t.people().votingMembers(Committee.DEFAULT_ID)).extracting(Person::username)
                .containsExactly("chair", "member2");

        memberships.unseat(Committee.DEFAULT_ID, "chair");
        assertThat(t.people().seatsOf("chair")).isEmpty();
    }

    @Test
    void aDeactivatedPersonIsNotSeatedAndACommitteeNeedsAnIdNameAndUniqueCode() {
        t.create("admin", Role.ADMIN);
        t.create("leaver", Role.MEMBER);
        t.people().deactivate("leaver", "admin");
        assertThatThrownBy(() -> memberships.seat(Committee.DEFAULT_ID, "leaver", CommitteeFunction.MEMBER))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("已停用");

        memberships.create(new Committee("tc389-sc1", " 分技术委员会 ", "SAC/TC 389/SC 1"));
        assertThat(t.people().committee("tc389-sc1")).contains(new Committee("tc389-sc1", "分技术委员会", "SAC/TC 389/SC 1"));
        assertThatThrownBy(() -> memberships.create(new Committee("tc389-sc2", "另一个", "SAC/TC 389/SC 1")))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("已被占用");
        assertThatThrownBy(() -> memberships.create(new Committee("TC 1", "x", "y")))
                .isInstanceOf(AccountRefusedException.class);
    }
}
