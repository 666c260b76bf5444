package cn.guifanku.people;

import cn.guifanku.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.guifanku.security.SecurityProperties;
import org.junit.jupiter.api.Test;

/** The administrator from configuration: created once on a new installation, never overwritten. */
class FirstAdministratorTest {

    final TestPeople t = TestPeople.create();

    FirstAdministrator configured(String username, String password) {
        return new FirstAdministrator(new SecurityProperties(new SecurityProperties.Admin(username, password)),
                t.people(), t.persons());
    }

    String hashOf(String username) {
        return t.persons().account(username).orElseThrow().passwordHash();
    }

    @Test
    void createsTheConfiguredAdministratorOnce() {
        configured("admin", "guifanku-admin").ensure();
        String hash = hashOf("admin");

        configured("admin", "guifanku-admin").ensure();

        assertThat(t.people().persons()).singleElement().satisfies(p -> {
            assertThat(p.username()).isEqualTo("admin");
            assertThat(p.roles()).containsExactly(Role.ADMIN);
        });
        assertThat(hashOf("admin")).as("not re-hashed on a restart").isEqualTo(hash);
        assertThat(t.encoder().matches("guifanku-admin", hash)).isTrue();
    }

    @Test
    void neverOverwritesAPasswordFromConfiguration() {
        configured("admin", "guifanku-admin").ensure();
        t.people().changePassword("admin", "guifanku-admin", "chosen-by-the-admin");

        configured("admin", "another-configured-password").ensure();

        assertThat(t.encoder().matches("chosen-by-the-admin", hashOf("admin"))).isTrue();
    }

    @Test
    void aNewInstallationWithoutAPasswordRefusesToStart() {
        assertThatThrownBy(() -> configured("admin", "").ensure()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GUIFANKU_SECURITY_ADMIN_PASSWORD");
        assertThatThrownBy(() -> configured("admin", "short").ensure()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("密码至少需要 10 个字符");
    }

    @Test
    void anInstallationWithAnAdministratorNeedsNoPasswordInConfiguration() {
        configured("admin", "guifanku-admin").ensure();
        configured("admin", "").ensure();
        assertThat(t.people().persons()).hasSize(1);
    }

    @Test
    void doesNotTakeOverAnExistingAccountWhenNoAdministratorIsLeft() {
        t.create("admin", Role.READER);
        String hash = hashOf("admin");

        assertThatThrownBy(() -> configured("admin", "guifanku-admin").ensure())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never overwritten");
        assertThat(hashOf("admin")).isEqualTo(hash);
        assertThat(t.people().find("admin").orElseThrow().roles()).containsExactly(Role.READER);
    }
}
