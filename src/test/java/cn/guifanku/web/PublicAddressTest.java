package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The one public address every absolute link starts with, and what production refuses. */
class PublicAddressTest {

    @Test
    void productionRefusesToStartWithoutAnAddressOrWithOneOfThisMachine() {
        for (String local : new String[] {"http://localhost:8080", "https://LOCALHOST", "http://127.0.0.1:8080",
            "http://[::1]:8080", "http://0.0.0.0", "http://guifanku.localhost"}) {
            assertThatThrownBy(() -> new PublicAddress(local, true)).as(local)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("GUIFANKU_PUBLIC_URL");
        }
        assertThatThrownBy(() -> new PublicAddress("", true)).hasMessageContaining("GUIFANKU_PUBLIC_URL");
        assertThatThrownBy(() -> new PublicAddress("guifanku.example.org", true)).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PublicAddress("ftp://guifanku.example.org", false)).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> new PublicAddress("https://guifanku.example.org/?x=1", false)).hasMessageContaining("query");
    }

    @Test
    void theProductionProfileRequiresIt() throws Exception {
        var yaml = new YamlPropertySourceLoader().load("postgres", new ClassPathResource("application-postgres.yaml"));
        assertThat(yaml.get(0).getProperty("guifanku.public-url-required")).isEqualTo(true);
        var defaults = new YamlPropertySourceLoader().load("default", new ClassPathResource("application.yaml"));
        assertThat(defaults.get(0).getProperty("guifanku.public-url")).isEqualTo("${GUIFANKU_PUBLIC_URL:}");
        assertThat(defaults.get(0).getProperty("guifanku.notification.base-url")).as("replaced by public-url").isNull();
    }

    @Test
    void aConfiguredAddressMakesEveryLinkWhateverTheRequestCameThrough() {
        PublicAddress site = new PublicAddress(" https://guifanku.example.org/biaozhun/ ", true);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/feeds/standards.atom");
        request.setServerName("10.0.0.7");
        request.setServerPort(8080);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(site.of("/standards/wh-t-201")).isEqualTo("https://guifanku.example.org/biaozhun/standards/wh-t-201");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(site.of("proposals/P2026-001")).isEqualTo("https://guifanku.example.org/biaozhun/proposals/P2026-001");
        assertThat(site.isConfigured()).isTrue();
    }

    @Test
    void unsetTheRequestsOwnAddressServesAndMailGoesToThisMachine() {
        PublicAddress site = new PublicAddress("", false);
        assertThat(site.base()).isEqualTo("http://localhost:8080");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName("localhost");
        request.setServerPort(18181);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            assertThat(site.of("/feeds/comment.atom")).isEqualTo("http://localhost:18181/feeds/comment.atom");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
