package cn.guifanku.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.guifanku.process.Stage;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** Who may see and do what with a proposal, and what the chair's approval checks: without Spring or the engine. */
class ProposalRulesTest {

    static Proposal at(Stage stage, String target) {
        return new Proposal("P2026-001", target == null ? Proposal.Kind.NEW : Proposal.Kind.REVISION, "标题", "范围",
                "理由", target, target == null ? null : "2024", "tc389", "editor1", Instant.EPOCH, "draft/P2026-001",
                "p2026-001", stage, null, null, null, null, null, null, null, null, 0);
    }

    static final Actor PROPOSER = new Actor("editor1", Set.of(Role.EDITOR));
    static final Actor OTHER_EDITOR = new Actor("editor2", Set.of(Role.EDITOR));
    static final Actor SECRETARY = new Actor("secretary", Set.of(Role.SECRETARIAT));
    static final Actor MEMBER = new Actor("member1", Set.of(Role.MEMBER));

    @Test
    void aDraftBeforeCommentsIsSeenOnlyByItsEditorTheSecretariatTheChairAndAdministrators() {
        for (Stage stage : Set.of(Stage.PROPOSED, Stage.RETURNED, Stage.DRAFTING)) {
            Proposal p = at(stage, null);
            assertThat(ProposalAccess.maySee(p, PROPOSER)).isTrue();
            assertThat(ProposalAccess.maySee(p, SECRETARY)).isTrue();
            assertThat(ProposalAccess.maySee(p, new Actor("chair", Set.of(Role.CHAIR)))).isTrue();
            assertThat(ProposalAccess.maySee(p, new Actor("admin", Set.of(Role.ADMIN)))).isTrue();
            assertThat(ProposalAccess.maySee(p, MEMBER)).isFalse();
            assertThat(ProposalAccess.maySee(p, OTHER_EDITOR)).isFalse();
            assertThat(ProposalAccess.maySee(p, Actor.ANONYMOUS)).isFalse();
        }
        assertThat(ProposalAccess.maySee(at(Stage.COMMENTING, null), Actor.ANONYMOUS)).isTrue();
    }

    @Test
    void aConfidentialDraftIsNotFoundForAnonymousReadersAndForbiddenForOthers() {
        assertThat(status(() -> ProposalAccess.checkSee(at(Stage.DRAFTING, null), Actor.ANONYMOUS))).isEqualTo(404);
        assertThat(status(() -> ProposalAccess.checkSee(at(Stage.DRAFTING, null), MEMBER))).isEqualTo(403);
    }

    @Test
    void onlyTheProposerEditsAndOnlyWhileDraftingOrDisposing() {
        assertThatCode(() -> ProposalAccess.checkEdit(at(Stage.DRAFTING, null), PROPOSER)).doesNotThrowAnyException();
        assertThatCode(() -> ProposalAccess.checkEdit(at(Stage.DISPOSITION, null), PROPOSER)).doesNotThrowAnyException();
        assertThat(status(() -> ProposalAccess.checkEdit(at(Stage.DRAFTING, null), OTHER_EDITOR))).isEqualTo(403);
        assertThat(status(() -> ProposalAccess.checkEdit(at(Stage.COMMENTING, null), PROPOSER))).isEqualTo(409);
    }

    @Test
    void decisionsNeedTheirRole() {
        assertThat(status(() -> ProposalAccess.checkRole(PROPOSER, Role.SECRETARIAT))).isEqualTo(403);
        assertThatCode(() -> ProposalAccess.checkRole(SECRETARY, Role.SECRETARIAT)).doesNotThrowAnyException();
    }

    @Test
    void theChairFixesANumberOfTheRevisedStandardAndEffectiveNotBeforeIssued() {
        Proposal revision = at(Stage.APPROVAL, "wh-t-201");
        LocalDate issued = LocalDate.of(2026, 12, 1);
        var edition = ProposalDecisions.Edition.check(revision, "WH/T 201—2026", issued, issued.plusMonths(3), "WH/T 201");
        assertThat(edition.slug()).isEqualTo("wh-t-201");
        assertThat(status(() -> ProposalDecisions.Edition.check(revision, "WH/T 202—2026", issued, issued, "WH/T 201"))).isEqualTo(422);
        assertThat(status(() -> ProposalDecisions.Edition.check(revision, "no number", issued, issued, "WH/T 201"))).isEqualTo(422);
        assertThat(status(() -> ProposalDecisions.Edition.check(revision, "WH/T 201—2026", issued, issued.minusDays(1), "WH/T 201")))
                .isEqualTo(422);
        assertThat(status(() -> ProposalDecisions.Edition.check(revision, "WH/T 201—2026", null, issued, "WH/T 201"))).isEqualTo(422);
        assertThat(ProposalDecisions.Edition.check(at(Stage.APPROVAL, null), "WH/T 299—2026", issued, issued, null).slug())
                .as("a new standard takes the slug of its number").isEqualTo("wh-t-299");
    }

    @Test
    void aNumberTypedWithAnyDashOrFullWidthIsTheNumberWithItsDash() {
        Proposal revision = at(Stage.APPROVAL, "wh-t-201");
        LocalDate issued = LocalDate.of(2026, 12, 1);
        for (String typed : new String[] {"WH/T 201-2026", "WH/T 201－2026", "WH/T 201–2026", "WH/T 201 - 2026",
            "wh/t 201—2026", "ＷＨ／Ｔ　２０１－２０２６", " WH/T  201‒2026 ", "WH/T201-2026"}) {
            assertThat(ProposalDecisions.Edition.check(revision, typed, issued, issued, "WH/T 201").number()).as(typed)
                    .isEqualTo("WH/T 201—2026");
        }
        assertThat(cn.guifanku.catalog.StandardNumber.normalise("WH/T 87.1-2019")).isEqualTo("WH/T 87.1—2019");
        assertThat(cn.guifanku.catalog.StandardNumber.normalise("T/LSC 3–2022")).isEqualTo("T/LSC 3—2022");
        assertThat(status(() -> ProposalDecisions.Edition.check(revision, "WH/T 201-26", issued, issued, "WH/T 201")))
                .as("a two-digit year is no year").isEqualTo(422);
    }

    @Test
    void everyEventNamesItsActionAndWordsTheHistory() {
        var approved = new ProposalApproved(java.util.UUID.randomUUID(), "P1", "chair", Instant.EPOCH, "WH/T 201—2026",
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1), "WH/T 201—2024");
        assertThat(approved.action()).isEqualTo(ProposalAction.APPROVED);
        assertThat(approved.detail()).isEqualTo("WH/T 201—2026，2026-12-01 发布，2027-03-01 实施，代替 WH/T 201—2024");
        assertThat(approved.byProcess()).isFalse();
        assertThat(new StandardConfirmed(java.util.UUID.randomUUID(), "P1", ProposalEvent.SYSTEM, Instant.EPOCH).byProcess())
                .isTrue();
    }

    static int status(Runnable rule) {
        try {
            rule.run();
            return 0;
        } catch (ErrorResponseException e) {
            return e.getStatusCode().value();
        }
    }
}
