package cn.guifanku.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import cn.guifanku.postgres.MigratedDatabases.Vendor;

/**
 * The outbox is drained once per cluster: exclusive claims (on H2 and on PostgreSQL), retries with backoff, claims of
 * dead nodes released.
 */
class OutboxSenderTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final TestNotifications n = TestNotifications.create();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twoSendersRacingOnOneDatabaseSendEachMessageExactlyOnce(Vendor vendor) throws Exception {
        TestNotifications n = TestNotifications.create(vendor);
        int count = 120;
        for (int i = 0; i < count; i++) {
            queue(n, "m" + i, "user" + i + "@libraries.test");
        }
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> nodes = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            OutboxSender sender = n.sender(node, smtp.getSmtp().getPort());
            nodes.add(threads.submit(() -> {
                start.await();
                int sent = 0;
                for (int round = 0; round < 10; round++) {
                    sent += sender.drain();
                }
                return sent;
            }));
        }
        int a = nodes.get(0).get(60, TimeUnit.SECONDS);
        int b = nodes.get(1).get(60, TimeUnit.SECONDS);

        assertThat(a + b).isEqualTo(count);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(count);
        assertThat(Arrays.stream(received).map(m -> header(m)).distinct()).hasSize(count);
        assertThat(n.outbox().newest(500)).allMatch(m -> m.state().equals("SENT") && m.attempts() == 1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void ofTwoThreadsClaimingTheSameMessageExactlyOneWins(Vendor vendor) throws Exception {
        TestNotifications n = TestNotifications.create(vendor);
        for (int i = 0; i < 40; i++) {
            queue(n, "c" + i, "c" + i + "@libraries.test");
        }
        for (OutboxRepository.Message m : n.outbox().newest(100)) {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> a = threads.submit(() -> {
                start.await();
                return n.outbox().claim(m.id(), "node-a", n.clock().instant());
            });
            Future<Boolean> b = threads.submit(() -> {
                start.await();
                return n.outbox().claim(m.id(), "node-b", n.clock().instant());
            });
            assertThat(a.get(10, TimeUnit.SECONDS) ^ b.get(10, TimeUnit.SECONDS)).as("message %d", m.id()).isTrue();
        }
    }

    @Test
    void aFailedSendIsRetriedAfterABackoffAndGivenUpAfterTheLastAttempt() throws Exception {
        queue("retry", "retry@libraries.test");
        OutboxSender broken = n.sender("node-a", closedPort());

        assertThat(broken.drain()).isZero();
        OutboxRepository.Message failed = n.outbox().newest(1).get(0);
        assertThat(failed.state()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.claimedBy()).as("released for any node").isNull();
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isEqualTo(n.clock().instant().plus(Duration.ofMinutes(1)));

        OutboxSender working = n.sender("node-b", smtp.getSmtp().getPort());
        assertThat(working.drain()).as("not before the backoff").isZero();
        n.clock().advance(Duration.ofSeconds(61));
        assertThat(working.drain()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(n.outbox().newest(1).get(0).state()).isEqualTo("SENT");

        queue("hopeless", "hopeless@libraries.test");
        for (int attempt = 0; attempt < 3; attempt++) { // max-attempts is 3 in the test setup
            broken.drain();
            n.clock().advance(Duration.ofHours(1));
        }
        OutboxRepository.Message gaveUp = n.outbox().newest(1).get(0);
        assertThat(gaveUp.state()).isEqualTo("FAILED");
        assertThat(gaveUp.attempts()).isEqualTo(3);
        assertThat(working.drain()).as("a failed message is not sent again").isZero();
    }

    @Test
    void aClaimOfANodeThatDiedIsReleasedAfterTheLockTime() {
        queue("orphan", "orphan@libraries.test");
        long id = n.outbox().newest(1).get(0).id();
        assertThat(n.outbox().claim(id, "dead-node", n.clock().instant())).isTrue();
        OutboxSender survivor = n.sender("node-b", smtp.getSmtp().getPort());

        n.clock().advance(Duration.ofMinutes(5));
        assertThat(survivor.drain()).as("the claim still holds").isZero();
        n.clock().advance(Duration.ofMinutes(6));
        assertThat(survivor.drain()).isEqualTo(1);
        assertThat(n.outbox().find(id).claimedBy()).isEqualTo("node-b");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void queuingTheSameNotificationTwiceKeepsOneMessage() {
        assertThat(n.notifier().notify("reader", Kind.PUBLISHED, "published:42", "/proposals/42", "42", "标题", "WH/T 9—2026"))
                .isTrue();
        assertThat(n.notifier().notify("reader", Kind.PUBLISHED, "published:42", "/proposals/42", "42", "标题", "WH/T 9—2026"))
                .isFalse();
        assertThat(n.outbox().to("reader")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twoDeliveriesOfOneEventQueuingItsMessageAtOnceKeepOneMessageAndBothTransactionsGoOn(Vendor vendor)
            throws Exception {
        TestNotifications n = TestNotifications.create(vendor);
        var transactions = n.db().transactions();
        java.util.concurrent.CountDownLatch firstQueued = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondTrying = new java.util.concurrent.CountDownLatch(1);
        // The first delivery queues the message and holds its transaction open until the second one is trying too:
        // the second's check finds nothing committed and its insert waits on the first's key, then meets it.
        Future<Boolean> first = threads.submit(() -> transactions.execute(s -> {
            boolean queued = notifyEditor(n);
            firstQueued.countDown();
            await(secondTrying);
            sleepALittle();
            return queued;
        }));
        Future<Boolean> second = threads.submit(() -> transactions.execute(s -> {
            await(firstQueued);
            secondTrying.countDown();
            boolean queued = notifyEditor(n);
            // the listener's transaction is still usable after the refused insert (PostgreSQL aborts it otherwise)
            n.db().jdbc().sql("select count(*) from notification_outbox").query(Integer.class).single();
            return queued;
        }));

        assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(true, false);
        assertThat(n.outbox().to("editor1")).singleElement()
                .satisfies(m -> assertThat(m.dedupeKey()).isEqualTo("task:t-1:editor1"));
    }

    private static boolean notifyEditor(TestNotifications n) {
        return n.notifier().notify("editor1", Kind.TASK_ASSIGNED, "task:t-1", "/proposals/P2026-001", "起草", "P2026-001",
                "标题", "2026-03-10");
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepALittle() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void queue(String key, String address) {
        queue(n, key, address);
    }

    private static void queue(TestNotifications n, String key, String address) {
        n.outbox().queue(new OutboxRepository.Draft(key, "reader", address, Kind.PUBLISHED, "主题 " + key, "正文 " + key),
                n.clock().instant());
    }

    private static String header(MimeMessage m) {
        try {
            return m.getHeader("X-Guifanku-Notification")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
