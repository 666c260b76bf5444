package cn.guifanku.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one table of phrasings for editions' relations ({@code phrase.*} in the messages bundle), after the standards'
 * own usage: "被 WH/T 201—2024 代替", not "被代替为"; "代替 WH/T 201—2019"; "即将实施（2027-03-01）"; "已废止".
 */
class PhrasingsTest {

    static String say(Locale locale, String key, Object... args) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(key, args, locale);
    }

    @Test
    void theTableSaysWhatTheStandardsSay() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(say(zh, "phrase.replacedBy", "WH/T 201—2024")).isEqualTo("被 WH/T 201—2024 代替");
        assertThat(say(zh, "phrase.toBeReplacedBy", "WH/T 201—2026")).isEqualTo("将被 WH/T 201—2026 代替");
        assertThat(say(zh, "phrase.replaces", "WH/T 201—2019")).isEqualTo("代替 WH/T 201—2019");
        assertThat(say(zh, "phrase.upcoming", "2027-03-01")).isEqualTo("即将实施（2027-03-01）");
        assertThat(say(zh, "phrase.withdrawn")).isEqualTo("已废止");
        assertThat(say(zh, "status.WITHDRAWN")).as("the status label is the same word").isEqualTo("已废止");
        assertThat(say(Locale.ENGLISH, "phrase.replacedBy", "WH/T 201—2024")).isEqualTo("Replaced by WH/T 201—2024");
        assertThat(say(Locale.ENGLISH, "phrase.upcoming", "2027-03-01")).isEqualTo("Not yet in force (from 2027-03-01)");
    }

    @Test
    void noPageOrMessageSaysItOtherwise() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            texts = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".properties")).toList();
        }
        assertThat(texts).isNotEmpty();
        for (Path file : texts) {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
                    .doesNotContain("被代替为", "将被代替为", "现行版本将被代替为");
        }
    }
}
