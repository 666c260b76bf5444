package cn.guifanku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The one zone, whatever the JVM's: the tests run with the JVM's default zone set to UTC (Surefire's argLine), and a
 * moment late in the evening UTC is already the next day in Beijing.
 */
class TimesTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** 2027-01-05 23:58 UTC = 2027-01-06 07:58 in Beijing. */
    static final Instant DEADLINE = Instant.parse("2027-01-05T23:58:00Z");

    final Times times = new Times(BEIJING);

    @Test
    void theTestsRunWithTheJvmsZoneSetToUtcSoThatASlipShows() {
        assertThat(TimeZone.getDefault().getID()).as("Surefire's -Duser.timezone").isIn("UTC", "Etc/UTC", "GMT");
    }

    @Test
    void writesMomentsInTheConfiguredZoneNotTheJvms() {
        assertThat(times.minute(DEADLINE)).isEqualTo("2027-01-06 07:58");
        assertThat(times.second(DEADLINE)).isEqualTo("2027-01-06 07:58:00");
        assertThat(times.withOffset(DEADLINE)).isEqualTo("2027-01-06T07:58:00+08:00");
        assertThat(times.day(Instant.parse("2026-11-30T17:00:00Z"))).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(times.startOf(LocalDate.parse("2027-03-01"))).isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));
        assertThat(times.at(LocalDateTime.parse("2027-01-06T07:58"))).isEqualTo(DEADLINE);
    }

    @Test
    void anotherConfiguredZoneIsFollowedEverywhere() {
        Times vienna = new Times(ZoneId.of("Europe/Vienna"));
        assertThat(vienna.minute(DEADLINE)).isEqualTo("2027-01-06 00:58");
        assertThat(render(new ZonedTemporalsDialect(ZoneId.of("Europe/Vienna")))).isEqualTo("2027-01-06 00:58");
    }

    @Test
    void temporalsInEveryTemplateWriteTheConfiguredZone() {
        assertThat(render(null)).as("Thymeleaf's own #temporals follows the JVM (UTC here)").isEqualTo("2027-01-05 23:58");
        assertThat(render(new ZonedTemporalsDialect(BEIJING))).isEqualTo("2027-01-06 07:58");
    }

    /** A template as the pages write it, through an engine set up as Spring Boot sets it up (dialects added). */
    private static String render(ZonedTemporalsDialect dialect) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        if (dialect != null) {
            engine.addDialect(dialect);
        }
        return engine.process("[[${#temporals.format(due, 'yyyy-MM-dd HH:mm')}]]",
                new Context(Locale.SIMPLIFIED_CHINESE, Map.of("due", DEADLINE)));
    }
}
