package cn.guifanku.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An administrator signed in to the application opens Cockpit's dashboard without Camunda's own sign-in form. */
class CockpitSingleSignOnTest extends BrowserTestBase {

    @Test
    void adminOpensCockpitsDashboardWithoutASecondSignIn() {
        Browser admin = signIn("admin");
        admin.open("/camunda/app/cockpit/default/#/dashboard");
        admin.waitFor("Cockpit's dashboard", Duration.ofSeconds(90),
                d -> d.getPageSource().contains("Running Process Instances") || d.getPageSource().contains("Process Definitions"));
        admin.screenshot("cockpit-single-sign-on");
        assertThat(admin.path()).startsWith("/camunda/app/cockpit/");
        assertThat(admin.has("input[type=password]")).as("Camunda's sign-in form").isFalse();
    }
}
