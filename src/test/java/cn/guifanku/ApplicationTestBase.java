package cn.guifanku;

import static org.awaitility.Awaitility.await;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.publication.PublicationQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The whole application as a newcomer starts it (embedded profile, demo accounts) on a fresh data folder, with a
 * clock tests can move. Every test class extending this shares one Spring context: keep its configuration here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        // The samples plus one broken standard, which must not stop the others.
        "guifanku.content.samples=classpath*:standards/,classpath*:broken-samples/standards/",
        // The samples are published at once: a warm-up render of the render worker would only come first.
        "guifanku.render.warm-up=false",
        // As behind the README's nginx (FrontEndTest); only requests nginx marks are answered with X-Accel-Redirect.
        "guifanku.catalog.accel-redirect=/_artifacts/"})
@Import(ApplicationTestBase.Clocks.class)
public abstract class ApplicationTestBase {

    public static final String DEMO_PASSWORD = "guifanku-demo";

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        InjectedFault injectedFault() {
            return new InjectedFault();
        }

        @Bean
        EventFault eventFault() {
            return new EventFault();
        }

        @Bean
        TestSteps testSteps(cn.guifanku.process.ProposalLifecycle lifecycle, cn.guifanku.process.BallotSteps ballots,
                            cn.guifanku.proposal.ProposalHistory history,
                            org.springframework.transaction.support.TransactionTemplate transactions) {
            return new TestSteps(lifecycle, ballots, history, transactions);
        }
    }

    /** A publication step that fails while a test says so. */
    public static class InjectedFault implements cn.guifanku.publication.Publisher.StepProbe {
        private volatile cn.guifanku.publication.Publisher.Step failing;

        public void failAt(cn.guifanku.publication.Publisher.Step step) {
            failing = step;
        }

        @Override
        public void reached(cn.guifanku.publication.Publisher.Step step) {
            if (step == failing) {
                throw new IllegalStateException("存储故障（测试注入）");
            }
        }
    }

    /**
     * A failure injected while a step records its event, in the step's transaction: after the engine's part of a
     * decision (the events are recorded last), so a test can see that nothing of the decision is left.
     */
    public static class EventFault {
        private volatile Class<?> failing;

        public void failOn(Class<?> eventType) {
            failing = eventType;
        }

        @org.springframework.context.event.EventListener
        public void on(cn.guifanku.proposal.ProposalEvent event) {
            Class<?> type = failing;
            if (type != null && type.isInstance(event)) {
                throw new IllegalStateException("数据库故障（测试注入）：" + event.action());
            }
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("guifanku-test-data");
        registry.add("guifanku.data-dir", data::toString);
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected Catalog catalog;
    @Autowired
    protected PublicationQueue queue;
    @Autowired
    protected MutableClock clock;

    protected RestClient http;

    @BeforeEach
    void samplesPublished() {
        http = client(null, null);
        // Generous: on a loaded 2-core machine one sample PDF has taken 90 s; a quiet one publishes all four in ~20 s.
        await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(500))
                .until(() -> queue.inProgress().isEmpty() && catalog.standards().size() >= 3);
    }

    @Autowired
    protected InjectedFault fault;

    @Autowired
    protected EventFault eventFault;

    @AfterEach
    void resetClockAndFaults() {
        clock.reset();
        fault.failAt(null);
        eventFault.failOn(null);
    }

    /** An HTTP client signed in as a user (HTTP Basic), or anonymous; it never throws on error statuses. */
    protected RestClient client(String user, String password) {
        var builder = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { });
        if (user != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(user, password));
        }
        return builder.build();
    }

    protected RestClient as(String demoUser) {
        return client(demoUser, "admin".equals(demoUser) ? "guifanku-admin" : DEMO_PASSWORD);
    }
}
