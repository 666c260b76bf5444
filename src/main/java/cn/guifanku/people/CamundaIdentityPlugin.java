package cn.guifanku.people;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda read its users and groups from our tables, so that candidate groups, Tasklist and Cockpit know the
 * same people as our sign-in. Read-only: accounts are managed through {@link People}, never through Camunda's
 * IdentityService or Admin webapp. The Spring Boot starter installs every {@code ProcessEnginePlugin} bean.
 */
@Component
class CamundaIdentityPlugin extends AbstractProcessEnginePlugin {

    private final PersonRepository persons;
    private final PasswordEncoder encoder;

    CamundaIdentityPlugin(PersonRepository persons, PasswordEncoder encoder) {
        this.persons = persons;
        this.encoder = encoder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Set before init, so the engine does not install its own database identity provider (the ACT_ID_* tables).
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                // One session per engine command: it reads the tables at most once per command.
                return new CamundaIdentityProvider(persons, encoder);
            }
        });
    }
}
