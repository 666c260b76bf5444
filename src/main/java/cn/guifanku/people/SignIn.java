package cn.guifanku.people;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of our accounts. A deactivated account is returned as disabled, which Spring Security refuses
 * before it even compares the password. Authorities are
 * {@code ROLE_<ROLE>}. Also stores re-encoded hashes when the password encoder's default algorithm changes.
 */
@Service
class SignIn implements UserDetailsService, UserDetailsPasswordService {

    private final PersonRepository persons;

    SignIn(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PersonRepository.Account account = persons.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        Person person = account.person();
        return User.withUsername(person.username())
                .password(account.passwordHash())
                .disabled(!person.active())
                .authorities(person.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        persons.setPasswordHash(user.getUsername(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
