package cn.guifanku.content;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Actuator health of the standards repository: up when {@code main} can be read. */
@Component("contentHealthIndicator")
class ContentRepositoryHealth implements HealthIndicator {

    private final ContentRepository repository;

    ContentRepositoryHealth(ContentRepository repository) {
        this.repository = repository;
    }

    @Override
    public Health health() {
        try {
            return repository.resolve(ContentRepository.MAIN)
                    .map(head -> Health.up().withDetail("main", head).build())
                    .orElseGet(() -> Health.outOfService().withDetail("main", "not yet imported").build());
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
