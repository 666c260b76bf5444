package cn.guifanku.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Sessions are rows now (Spring Session JDBC), and their attributes Java-serialised bytes, converted as below: what
 * our sign-in and Camunda's webapps keep in a session must survive that trip, or a signed-in user is lost.
 */
class SessionAttributesTest {

    final SerializingConverter out = new SerializingConverter();
    final DeserializingConverter in = new DeserializingConverter(getClass().getClassLoader());

    @Test
    void ourSignInSurvivesTheSessionTable() {
        var user = User.withUsername("editor1").password("{noop}x").roles("EDITOR", "MEMBER").build();
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));

        var back = (SecurityContextImpl) in.convert(out.convert(context));

        assertThat(back.getAuthentication().getName()).isEqualTo("editor1");
        assertThat(AuthorityUtils.authorityListToSet(back.getAuthentication().getAuthorities()))
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_MEMBER");
    }

    @Test
    void camundaWebappsSignInSurvivesTheSessionTable() {
        var admin = new UserAuthentication("admin", "default");
        admin.setGroupIds(List.of("camunda-admin"));
        admin.setAuthorizedApps(Set.of("cockpit", "tasklist", "admin"));
        var authentications = new Authentications();
        authentications.addOrReplace(admin);

        var back = (Authentications) in.convert(out.convert(authentications));

        var restored = (UserAuthentication) back.getAuthenticationForProcessEngine("default");
        assertThat(restored.getName()).isEqualTo("admin");
        assertThat(restored.isAuthorizedForApp("cockpit")).isTrue();
        assertThat(restored.getGroupIds()).containsExactly("camunda-admin");
    }
}
