package cn.guifanku.notification;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's choice: which kinds they turned off (or all), and the language of their mail (Chinese by default). */
@Component
class NotificationSettings {

    static final String ALL = "ALL";

    /** What a person chose. */
    record Choice(boolean allOff, Set<Kind> off, Locale language) {

        boolean wants(Kind kind) {
            return !allOff && !off.contains(kind);
        }
    }

    private final JdbcClient jdbc;

    NotificationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Choice of(String username) {
        Set<Kind> off = EnumSet.noneOf(Kind.class);
        boolean allOff = false;
        for (String kind : jdbc.sql("select kind from notification_opt_out where username = ?").param(username)
                .query(String.class).list()) {
            if (ALL.equals(kind)) {
                allOff = true;
            } else {
                off.add(Kind.valueOf(kind));
            }
        }
        Locale language = jdbc.sql("select language from notification_preference where username = ?").param(username)
                .query(String.class).optional().map(Locale::forLanguageTag).orElse(Locale.SIMPLIFIED_CHINESE);
        return new Choice(allOff, off, language);
    }

    boolean wants(String username, Kind kind) {
        return of(username).wants(kind);
    }

    /** Replaces a person's choice. */
    @Transactional
    void save(String username, Choice choice) {
        jdbc.sql("delete from notification_opt_out where username = ?").param(username).update();
        if (choice.allOff()) {
            optOut(username, ALL);
        }
        choice.off().forEach(kind -> optOut(username, kind.name()));
        jdbc.sql("delete from notification_preference where username = ?").param(username).update();
        jdbc.sql("insert into notification_preference (username, language) values (?, ?)")
                .params(username, choice.language().getLanguage()).update();
    }

    private void optOut(String username, String kind) {
        jdbc.sql("insert into notification_opt_out (username, kind) values (?, ?)").params(username, kind).update();
    }
}
