package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTargetsTest {

    @Test
    void findsTheProposalStandardUserOrCommitteeInThePath() {
        assertThat(AuditTargets.target("/proposals/P2026-001/ballot/votes", null, null))
                .isEqualTo(new AuditTargets.Target("proposal", "P2026-001"));
        assertThat(AuditTargets.target("/api/proposals/P2026-002/formal-check", null, null))
                .isEqualTo(new AuditTargets.Target("proposal", "P2026-002"));
        assertThat(AuditTargets.target("/standards/wh-t-201/2024.pdf", null, null))
                .isEqualTo(new AuditTargets.Target("standard", "wh-t-201"));
        assertThat(AuditTargets.target("/admin/users/member1/deactivation", null, null))
                .isEqualTo(new AuditTargets.Target("user", "member1"));
        assertThat(AuditTargets.target("/admin/committees/tc389/seats", Map.of("id", "tc389"), null))
                .isEqualTo(new AuditTargets.Target("committee", "tc389"));
    }

    @Test
    void aCreationIsAttributedToTheProposalItLeadsTo() {
        assertThat(AuditTargets.target("/api/proposals", Map.of(), "http://localhost/api/proposals/P2026-007"))
                .isEqualTo(new AuditTargets.Target("proposal", "P2026-007"));
        assertThat(AuditTargets.target("/proposals", null, "/proposals/P2026-008"))
                .isEqualTo(new AuditTargets.Target("proposal", "P2026-008"));
        assertThat(AuditTargets.target("/register", null, "/login?registered")).isEqualTo(AuditTargets.Target.NONE);
    }

    @Test
    void aRequestThatReachedNoHandlerIsNamedByItsMethod() {
        assertThat(AuditTargets.action(null, "DELETE")).isEqualTo("http.delete");
    }
}
