package cn.guifanku.cluster;

import cn.guifanku.GuifankuApplication;
import cn.guifanku.postgres.PostgresServer;
import cn.guifanku.publication.Publisher;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * One node of the cluster under test: the whole application as an operator starts it in remote mode (profile postgres,
 * the shared database, the shared Git server over HTTP with the application's account), plus the demo committee the test acts as. Camunda keeps engines in a
 * JVM-wide registry, so each node has its own engine name, and no webapps (their runtime is JVM-wide too).
 */
final class ClusterNode implements AutoCloseable {

    /**
     * Job lock time in the test: a dead node's job is taken over this long after it was locked. Longer than the slowest
     * publication here (a render takes up to 30 s on a busy 2-core machine): a lock that expires while its job still
     * runs lets another node start the job again, and the first one's commit then fails.
     */
    static final int LOCK_MILLIS = 40_000;

    final String name;
    final ConfigurableApplicationContext context;
    final RestClient http;

    private ClusterNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
        this.http = RestClient.builder().baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    static ClusterNode start(String name, PostgresServer.Database db, GitServerOfRecord git, Path data, CrashAt crash) {
        PostgresServer.usedByApplicationContext();
        List<String> args = new ArrayList<>(List.of(
                "--GUIFANKU_DB_URL=" + db.jdbcUrl(), "--GUIFANKU_DB_USER=" + db.user(),
                "--GUIFANKU_DB_PASSWORD=" + db.password(), "--guifanku.data-dir=" + data, "--server.port=0",
                "--guifanku.content.remote.url=" + git.url(),
                "--guifanku.content.remote.username=" + GitServerOfRecord.USER,
                "--guifanku.content.remote.password=" + GitServerOfRecord.PASSWORD,
                // No sample standards: the test publishes its own, and each render costs seconds on a small machine.
                "--guifanku.content.samples=classpath*:no-samples-in-this-test/",
                "--camunda.bpm.process-engine-name=node" + name.toUpperCase(java.util.Locale.ROOT), "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--camunda.bpm.job-execution.wait-time-in-millis=300",
                "--camunda.bpm.job-execution.max-wait=1000",
                "--spring.datasource.hikari.pool-name=node-" + name,
                "--guifanku.public-url-required=false", // the test's nodes are this machine
                "--spring.datasource.hikari.minimum-idle=2",
                // A first render on a cold, busy machine can pass Tomcat's 30 s default for the draft actions.
                "--spring.mvc.async.request-timeout=180s"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GuifankuApplication.class)
                .profiles("embedded", "postgres")
                .initializers(c -> ((GenericApplicationContext) c).registerBean("crashAt", Publisher.StepProbe.class,
                        () -> step -> crash.reached(name, step), bd -> bd.setPrimary(true)))
                .run(args.toArray(String[]::new));
        return new ClusterNode(name, context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Kills the node as far as the others can tell: its database connections are cut (the database rolls back what
     * it was doing and releases its locks, but its job stays locked until the lock time passes), then it stops.
     */
    void kill(CrashAt crash) {
        ((HikariDataSource) context.getBean(DataSource.class)).close();
        crash.wakeVictim();
        context.close();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    /** Stops the first node that reaches a publication step, there: the node "dies" with the step done. */
    static final class CrashAt {
        private final AtomicReference<Publisher.Step> armed = new AtomicReference<>();
        private final CountDownLatch reached = new CountDownLatch(1);
        private final AtomicReference<String> victim = new AtomicReference<>();
        private final AtomicReference<Thread> thread = new AtomicReference<>();

        void arm(Publisher.Step step) {
            armed.set(step);
        }

        void reached(String node, Publisher.Step step) {
            if (step != armed.get() || !armed.compareAndSet(step, null)) {
                return;
            }
            victim.set(node);
            thread.set(Thread.currentThread());
            reached.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5)); // until the test kills this node (interrupting the job)
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new NodeKilled(node);
        }

        void wakeVictim() {
            thread.get().interrupt();
        }

        /** The node that reached the step, once one did. */
        String awaitVictim() throws InterruptedException {
            if (!reached.await(3, TimeUnit.MINUTES)) {
                throw new AssertionError("no node reached the step");
            }
            return victim.get();
        }
    }

    /** Not a RuntimeException: the publication's own failure handling must not run on a dead node. */
    static final class NodeKilled extends Error {
        NodeKilled(String node) {
            super("node " + node + " killed in the middle of a publication (test)");
        }
    }
}
