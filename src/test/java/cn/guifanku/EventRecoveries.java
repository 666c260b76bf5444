package cn.guifanku;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Lets tests of other packages run a node's {@link EventRecovery} now. */
public final class EventRecoveries {

    private EventRecoveries() {
    }

    /** Resubmits, if this node gets the lease, what was published before {@code cutoff}; whether it did. */
    public static boolean recover(ApplicationContext node, Instant cutoff) {
        return node.getBean(EventRecovery.class).recover(cutoff);
    }
}
