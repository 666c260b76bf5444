package cn.guifanku.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every notification text exists in Chinese and in English. */
class NotificationBundlesTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKindHasItsLabelAndLetter() throws Exception {
        Properties zh = load("i18n/notification.properties");
        Properties en = load("i18n/notification_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (Kind kind : Kind.values()) {
            assertThat(zh).containsKeys(kind.messageKey(), "notification.kind." + kind.name());
        }
        for (String letter : new String[] {"TASK_ASSIGNED", "DEADLINE_SOON", "TASK_OVERDUE", "commentDeadlineReached",
            "ballotDeadlineReached", "BALLOT_RESULT", "PUBLISHED", "NEW_EDITION", "REPLACED", "WITHDRAWN",
            "COMMENT_PERIOD_OPENED", "COMMENT_REMINDER", "DRAFT_IN_COMMENT", "BALLOT_OPENED", "BALLOT_REMINDER"}) {
            assertThat(zh).containsKeys("notification.mail." + letter + ".subject", "notification.mail." + letter + ".body");
        }
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = NotificationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
