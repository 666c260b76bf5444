package cn.guifanku.people;

import cn.guifanku.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, roles and committees. Accounts are deactivated, never deleted: the review record refers to them by
 * username for ever. Passwords are hashed with the application's {@link PasswordEncoder} and never leave this package.
 */
@Service
public class People {

    private final PersonRepository persons;
    private final CommitteeRepository committees;
    private final PasswordEncoder encoder;
    private final Clock clock;

    People(PersonRepository persons, CommitteeRepository committees, PasswordEncoder encoder, Clock clock) {
        this.persons = persons;
        this.committees = committees;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** The person, active or not: an inactive person's name still appears on what they wrote. */
    public Optional<Person> find(String username) {
        return persons.account(username).map(PersonRepository.Account::person);
    }

    /**
     * How pages and the record name a person: 姓名（单位） (张明（国家图书馆）), the name alone when there is no library
     * or it is the name; 系统 for the process itself; the username only for an account that does not exist.
     */
    public String nameOf(String username) {
        if (username == null) {
            return "";
        }
        return find(username).map(p -> p.organisation() == null || p.organisation().isBlank()
                        || p.organisation().equals(p.displayName()) ? p.displayName() : p.displayName() + "（" + p.organisation() + "）")
                .orElse("system".equals(username) ? "系统" : username);
    }

    /** Everyone, active or not, by username. */
    public List<Person> persons() {
        return persons.all();
    }

    /** A committee, e.g. the one a standard or proposal names in its {@code committee_id}. */
    public Optional<Committee> committee(String committeeId) {
        return committees.find(committeeId);
    }

    public List<Committee> committees() {
        return committees.all();
    }

    /**
     * Who may vote in the committee right now: active people with a voting seat; the chair votes, the secretary
     * does not. A ballot should copy this list when it opens, so that later changes do not move its quorum.
     */
    public List<Person> votingMembers(String committeeId) {
        return persons.votingMembers(committeeId);
    }

    /** Whether an active person holds any seat in the committee: member, chair or secretary. */
    public boolean isMember(String committeeId, String username) {
        return committees.hasSeat(committeeId, username);
    }

    /** A library opens its own reader account (图书馆读者), to read and comment on drafts. */
    @Transactional
    public Person register(NewPerson person) {
        return create(person, Set.of(Role.READER));
    }

    /** An administrator opens an account with any roles. */
    @Transactional
    public Person create(NewPerson person, Set<Role> roles) {
        AccountRules.checkNewPerson(person);
        if (persons.exists(person.username())) {
            throw AccountRules.taken(person.username());
        }
        try {
            persons.insert(person, encoder.encode(person.password()), roles, clock.instant());
        } catch (DuplicateKeyException e) {
            // Someone took the name between our check and the insert.
            throw AccountRules.taken(person.username());
        }
        return find(person.username()).orElseThrow();
    }

    /** Closes an account: no more sign-in, votes or tasks. Refused for the last active administrator. */
    @Transactional
    public void deactivate(String username) {
        Person person = find(username).orElseThrow(() -> unknown(username));
        if (person.active() && person.hasRole(Role.ADMIN) && persons.activeAdministrators() <= 1) {
            throw new AccountRefusedException("不能停用唯一的管理员账户，请先为他人授予管理员角色");
        }
        persons.setActive(username, false);
    }

    /** An administrator closes someone else's account; nobody closes their own (they could lock everyone out). */
    @Transactional
    public void deactivate(String username, String by) {
        if (username.equals(by)) {
            throw new AccountRefusedException("不能停用自己的账户");
        }
        deactivate(username);
    }

    /** Opens a closed account again, with its roles and seats as they were. */
    @Transactional
    public void reactivate(String username) {
        find(username).orElseThrow(() -> unknown(username));
        persons.setActive(username, true);
    }

    /** Replaces a person's roles. Refused when it would leave no active administrator. */
    @Transactional
    public void setRoles(String username, Set<Role> roles) {
        Person person = find(username).orElseThrow(() -> unknown(username));
        if (person.active() && person.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && persons.activeAdministrators() <= 1) {
            throw new AccountRefusedException("不能取消唯一的管理员的管理员角色，请先为他人授予管理员角色");
        }
        persons.setRoles(username, roles);
    }

    /** The committees someone sits on, with their function in each. */
    public List<Seat> seatsOf(String username) {
        return committees.seatsOf(username);
    }

    /** Someone changes their own password, proving that they know the current one. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        PersonRepository.Account account = persons.account(username).filter(a -> a.person().active())
                .orElseThrow(() -> unknown(username));
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountRefusedException("当前密码不正确");
        }
        AccountRules.checkPassword(username, newPassword);
        persons.setPasswordHash(username, encoder.encode(newPassword));
    }

    private static AccountRefusedException unknown(String username) {
        return new AccountRefusedException("没有用户“" + username + "”");
    }
}
