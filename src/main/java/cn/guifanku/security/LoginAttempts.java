package cn.guifanku.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;

/**
 * Login throttling: {@value #MAX_FAILURES} wrong passwords for one username within {@link #WINDOW} lock that username
 * for {@link #LOCK} after the last of them. Failures are counted in the database (table {@code login_failure}), so
 * the lock holds on every node; a successful sign-in clears them. Sign-in ({@code people.SignIn}) asks
 * {@link #isLocked} and reports a locked account, which Spring Security refuses before comparing the password, so
 * guesses made during the lock are neither checked nor counted.
 */
@Service
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    public LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the username is locked now; usernames are compared in lower case, as accounts are named. */
    public boolean isLocked(String username) {
        Instant now = clock.instant();
        List<Instant> recent = jdbc.sql("select failed_at from login_failure where username = ? and failed_at > ? "
                        + "order by failed_at desc fetch first " + MAX_FAILURES + " rows only")
                .params(key(username), Timestamp.from(now.minus(WINDOW).minus(LOCK)))
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
        if (recent.size() < MAX_FAILURES) {
            return false;
        }
        Instant last = recent.get(0);
        Instant first = recent.get(MAX_FAILURES - 1);
        return !first.plus(WINDOW).isBefore(last) && now.isBefore(last.plus(LOCK));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("insert into login_failure (username, failed_at) values (?, ?)")
                .params(key(event.getAuthentication().getName()), Timestamp.from(now)).update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where username = ?").param(key(event.getAuthentication().getName())).update();
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
