package cn.guifanku.people;

import cn.guifanku.security.Role;
import cn.guifanku.security.LoginAttempts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of our accounts. A deactivated account is returned as disabled, which Spring Security refuses
 * before it even compares the password; so is a username locked by login throttling. Authorities are
 * {@code ROLE_<ROLE>}. Also stores re-encoded hashes when the password encoder's default algorithm changes.
 */
@Service
class SignIn implements UserDetailsService, UserDetailsPasswordService {

    private final PersonRepository persons;
    private final LoginAttempts attempts;

    SignIn(PersonRepository persons, LoginAttempts attempts) {
        this.persons = persons;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        PersonRepository.Account account = persons.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        Person person = account.person();
        return User.withUsername(person.username())
                .password(account.passwordHash())
                .disabled(!person.active())
                // Too many wrong passwords lately: refused before the password is even compared.
                .accountLocked(attempts.isLocked(person.username()))
                .authorities(person.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        persons.setPasswordHash(user.getUsername(), newPasswordHash);
        return User.withUserDetails(user).password(newPasswordHash).build();
    }
}
