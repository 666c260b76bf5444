package cn.guifanku.proposal;

import cn.guifanku.process.Stage;
import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.postgres.MigratedDatabases.Vendor;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Optimistic locking of proposals ({@code version}) on both databases (the facts {@link Proposals#change} records;
 * the stage is the process's, see {@code ProposalStages}): of two changes made from the same reading, the
 * second is refused — also when it runs while the first is still uncommitted, which on PostgreSQL means it waits for
 * the first and then finds the version moved on (and so {@link Proposals#change} reads again and retries).
 */
class ProposalVersionTest {

    static Proposal proposal() {
        return new Proposal("P2026-001", Proposal.Kind.REVISION, "公共图书馆读者服务规范", "范围", "理由", "wh-t-201", "2024",
                "tc389", "editor1", Instant.parse("2026-01-05T02:00:00Z"), "draft/P2026-001", "wh-t-201",
                Stage.PROPOSED, null, null, null, null, null, null, null, null, 0);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void secondChangeFromTheSameReadingIsRefused(Vendor vendor) {
        ProposalRepository proposals = new ProposalRepository(JdbcClient.create(vendor.migratedDatabase()));
        proposals.insert(proposal());
        Proposal read1 = proposals.find("P2026-001").orElseThrow();
        Proposal read2 = proposals.find("P2026-001").orElseThrow();

        assertThat(proposals.update(read1.withPlan("2026-TC389-001"))).isTrue();
        assertThat(proposals.update(read2.withPlan("2026-TC389-999"))).as("made from a stale reading").isFalse();

        Proposal now = proposals.find("P2026-001").orElseThrow();
        assertThat(now.planNumber()).isEqualTo("2026-TC389-001");
        assertThat(now.version()).isEqualTo(1);
        assertThat(proposals.update(now.withPlan("2026-TC389-002"))).as("a fresh reading may change it").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void changeRacingAnUncommittedChangeIsRefusedOnceTheFirstCommits(Vendor vendor) throws Exception {
        DataSource db = vendor.migratedDatabase();
        ProposalRepository proposals = new ProposalRepository(JdbcClient.create(db));
        proposals.insert(proposal());
        Proposal reading = proposals.find("P2026-001").orElseThrow();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(db));

        CountDownLatch firstUpdated = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            boolean updated = proposals.update(reading.withPlan("2026-TC389-001"));
            firstUpdated.countDown();
            await(secondStarted);
            sleep(300); // let the second statement reach the locked row before this one commits
            return updated;
        }));
        assertThat(firstUpdated.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            secondStarted.countDown();
            return proposals.update(reading.withPlan("2026-TC389-999"));
        }));

        assertThat(first.get(20, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(20, TimeUnit.SECONDS)).as("the loser of the race").isFalse();
        assertThat(proposals.find("P2026-001").orElseThrow().planNumber()).isEqualTo("2026-TC389-001");
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
