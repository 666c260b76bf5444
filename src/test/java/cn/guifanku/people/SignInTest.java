package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Signing in through Spring Security's own provider, as the login form and HTTP Basic do. */
class SignInTest {

    final TestPeople t = TestPeople.create();
    final SignIn signIn = new SignIn(t.persons(), new cn.guifanku.security.LoginAttempts(t.db().jdbc(), TestPeople.CLOCK));
    final DaoAuthenticationProvider provider = provider();

    DaoAuthenticationProvider provider() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(signIn);
        provider.setPasswordEncoder(t.encoder());
        provider.setUserDetailsPasswordService(signIn);
        return provider;
    }

    Authentication signIn(String username, String password) {
        return provider.authenticate(new UsernamePasswordAuthenticationToken(username, password));
    }

    @Test
    void anActivePersonSignsInWithRoleAuthorities() {
        t.create("chair", Role.CHAIR, Role.MEMBER);

        assertThat(signIn("chair", "correct-horse-battery").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_CHAIR", "ROLE_MEMBER");
        assertThatThrownBy(() -> signIn("chair", "wrong-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDeactivatedPersonCannotSignIn() {
        t.create("admin", Role.ADMIN);
        t.create("editor2", Role.EDITOR);
        t.people().deactivate("editor2");

        assertThat(signIn.loadUserByUsername("editor2").isEnabled()).isFalse();
        assertThatThrownBy(() -> signIn("editor2", "correct-horse-battery")).isInstanceOf(DisabledException.class);
    }

    @Test
    void anUnknownNameIsNotFound() {
        assertThatThrownBy(() -> signIn.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void anOutdatedHashIsReplacedOnSignIn() {
        t.create("member1", Role.MEMBER);
        t.persons().setPasswordHash("member1", "{noop}correct-horse-battery");

        signIn("member1", "correct-horse-battery");

        assertThat(t.persons().account("member1").orElseThrow().passwordHash()).startsWith("{bcrypt}");
    }
}
