package cn.guifanku.people;

import cn.guifanku.security.Role;
import cn.guifanku.security.SecurityProperties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation needs someone to sign in: while no active administrator exists, the one from configuration
 * ({@code guifanku.security.admin.*}) is created. Afterwards configuration is ignored, and it never touches an
 * existing account, so a password changed in the application is never reset by a restart. Without a configured
 * password a new installation refuses to start: there is no default outside the embedded profile.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final SecurityProperties properties;
    private final People people;
    private final PersonRepository persons;

    FirstAdministrator(SecurityProperties properties, People people, PersonRepository persons) {
        this.properties = properties;
        this.people = people;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    void ensure() {
        if (persons.activeAdministrators() > 0) {
            return;
        }
        SecurityProperties.Admin admin = properties.admin();
        if (admin == null || admin.username() == null || admin.password() == null || admin.password().isBlank()) {
            throw new IllegalStateException("guifanku.security.admin.password must be set "
                    + "(environment variable GUIFANKU_SECURITY_ADMIN_PASSWORD) to create the first administrator: "
                    + "there is no default outside the embedded profile");
        }
        if (persons.exists(admin.username())) {
            throw new IllegalStateException("There is no active administrator, and account " + admin.username()
                    + " exists already; its password is never overwritten from configuration. "
                    + "Set guifanku.security.admin.username to a new name to create another administrator.");
        }
        try {
            people.create(new NewPerson(admin.username(), "管理员", null, null, admin.password()), Set.of(Role.ADMIN));
            log.info("Created the first administrator {} from configuration", admin.username());
        } catch (AccountRefusedException e) {
            if (persons.activeAdministrators() > 0) {
                return; // another node sharing the database created it at the same moment
            }
            throw new IllegalStateException("guifanku.security.admin is not a valid account: " + e.getMessage(), e);
        }
    }
}
