package cn.guifanku.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Libraries' subscriptions to standards (by slug) and to categories of the 标准体系表 (by code). */
@Component
public class Subscriptions {

    /** What a subscription follows. */
    public enum Target { STANDARD, CATEGORY }

    /** One subscription. */
    public record Subscription(String username, Target type, String target) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Subscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Subscribes; subscribing twice changes nothing. */
    @Transactional
    public void subscribe(String username, Target type, String target) {
        if (!isSubscribed(username, type, target)) {
            jdbc.sql("insert into notification_subscription (username, target_type, target, created_at) values (?, ?, ?, ?)")
                    .params(username, type.name(), target, Timestamp.from(clock.instant())).update();
        }
    }

    @Transactional
    public void unsubscribe(String username, Target type, String target) {
        jdbc.sql("delete from notification_subscription where username = ? and target_type = ? and target = ?")
                .params(username, type.name(), target).update();
    }

    public boolean isSubscribed(String username, Target type, String target) {
        return username != null && jdbc.sql("select count(*) from notification_subscription "
                        + "where username = ? and target_type = ? and target = ?")
                .params(username, type.name(), target).query(Integer.class).single() > 0;
    }

    /** Whether the signed-in user follows a standard (for the catalog page). */
    public boolean followsStandard(String username, String slug) {
        return isSubscribed(username, Target.STANDARD, slug);
    }

    public List<Subscription> of(String username) {
        return jdbc.sql("select username, target_type, target from notification_subscription where username = ? "
                        + "order by target_type desc, target")
                .param(username).query((rs, n) -> new Subscription(rs.getString(1), Target.valueOf(rs.getString(2)),
                        rs.getString(3))).list();
    }

    /** Everyone following the standard itself or its category, each once, in a stable order. */
    List<String> followers(String slug, Optional<String> category) {
        // A category's followers hear of its sub-categories' standards too: 4 covers 4.1 and 4.1.2.
        String code = category.orElse("");
        return jdbc.sql("select distinct username from notification_subscription where (target_type = 'STANDARD' and target = ?) "
                        + "or (target_type = 'CATEGORY' and (target = ? or ? like target || '.%')) order by username")
                .params(slug, code, code).query(String.class).list();
    }
}
