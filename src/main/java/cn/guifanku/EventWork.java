package cn.guifanku;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where the listeners of the typed domain events run (Spring Modulith's {@code @ApplicationModuleListener}s are
 * {@code @Async}): one bounded pool, stopped with the application after letting running listeners finish. What a
 * stop cuts off stays incomplete in the event publication registry and is resubmitted ({@code process.EventRecovery}).
 */
@Configuration(proxyBeanMethods = false)
class EventWork implements AsyncConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor events = new ThreadPoolTaskExecutor();

    EventWork() {
        events.setThreadNamePrefix("event-");
        events.setCorePoolSize(2);
        events.setMaxPoolSize(2);
        events.setQueueCapacity(10_000);
        events.setWaitForTasksToCompleteOnShutdown(true);
        events.setAwaitTerminationSeconds(10);
        events.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return events;
    }

    @Override
    public void destroy() {
        events.shutdown();
    }
}
