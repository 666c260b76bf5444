package cn.guifanku.people;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The password policy every way an account gets a password goes through (AccountRules.checkPassword). */
class PasswordPolicyTest {

    @Test
    void refusesShortCommonAndUsernamePasswordsWithAChineseReason() {
        assertThatThrownBy(() -> AccountRules.checkPassword("szlib", "short")).hasMessageContaining("至少需要 10 个字符");
        assertThatThrownBy(() -> AccountRules.checkPassword("szlib", "Password123")).hasMessageContaining("太常见");
        assertThatThrownBy(() -> AccountRules.checkPassword("szlib", "aaaaaaaaaaaa")).hasMessageContaining("太常见");
        assertThatThrownBy(() -> AccountRules.checkPassword("shenzhenlib", "ShenZhenLib")).hasMessageContaining("用户名");
        assertThatThrownBy(() -> AccountRules.checkPassword("shenzhenlib", "bilnehznehs")).hasMessageContaining("用户名");
    }

    @Test
    void acceptsTheDemoPasswordsAndLongPassphrases() {
        assertThatCode(() -> AccountRules.checkPassword("editor1", "guifanku-demo")).doesNotThrowAnyException();
        assertThatCode(() -> AccountRules.checkPassword("admin", "guifanku-admin")).doesNotThrowAnyException();
        assertThatCode(() -> AccountRules.checkPassword("szlib", "图书馆的读者服务很好")).doesNotThrowAnyException();
    }
}
