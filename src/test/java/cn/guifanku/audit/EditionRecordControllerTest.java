package cn.guifanku.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.guifanku.ballot.BallotRound;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.ballot.Vote;
import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.people.People;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalHistory;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.process.Stage;
import cn.guifanku.publication.PublicationQueue;
import cn.guifanku.render.StandardMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = EditionRecordController.class)
@AutoConfigureMockMvc(addFilters = false) // the page decides what to show by itself
class EditionRecordControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    Proposals proposals;
    @MockitoBean
    ProposalHistory history;
    @MockitoBean
    Ballots ballots;
    @MockitoBean
    People people;
    @MockitoBean
    PublicationQueue queue;

    static Edition edition(String key, String commit) {
        StandardMetadata m = new StandardMetadata("WH/T 201—" + key, "公共图书馆读者服务规范", "Title", "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(key + "-03-15"), LocalDate.parse(key + "-07-01"), List.of(),
                "中华人民共和国文化和旅游部", "公共服务司", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        return new Edition(new PublishedEdition("wh-t-201", key, m, commit, "wh-t-201/" + key, new Artifact("a", 1),
                new Artifact("b", 2), Instant.parse(key + "-03-15T00:00:00Z")), EditionStatus.CURRENT, List.of());
    }

    @BeforeEach
    void published() {
        when(catalog.edition("wh-t-201", "2024")).thenReturn(Optional.of(edition("2024", "a".repeat(40))));
        when(catalog.edition("wh-t-201", "2026")).thenReturn(Optional.of(edition("2026", "b".repeat(40))));
        Proposal p = new Proposal("P2026-001", Proposal.Kind.REVISION, "公共图书馆读者服务规范", "s", "r", "wh-t-201", "2024",
                "tc389", "editor1", Instant.EPOCH, "draft/P2026-001", "p2026-001", Stage.PUBLISHED, null, null,
                "WH/T 201—2026", null, null, null, "b".repeat(40), null, 1);
        when(proposals.visibleTo(any())).thenReturn(List.of(p));
        BallotRound round = new BallotRound(1, "P2026-001", 1, "c0ffee", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
                2, 3, 3, 4, "PASS", List.of("member1", "member2"));
        Map<BallotRound, java.util.Collection<Vote>> record = new LinkedHashMap<>();
        record.put(round, List.of(
                new Vote(1, 1, "member1", Vote.Position.DISAPPROVE, "开放时间要求过高", Instant.parse("2026-12-01T02:00:00Z")),
                new Vote(2, 1, "member2", Vote.Position.APPROVE, null, Instant.parse("2026-12-01T03:00:00Z"))));
        when(ballots.record("P2026-001")).thenReturn(record);
        when(history.of("P2026-001")).thenReturn(List.of(
                new ProposalHistory.Event(9, Instant.parse("2026-12-10T02:00:00Z"), "chair", "APPROVED", "WH/T 201—2026")));
        when(people.isMember("tc389", "member3")).thenReturn(true);
    }

    String page(String key) throws Exception {
        return mvc.perform(get("/standards/wh-t-201/" + key + "/record")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @WithAnonymousUser
    void everyoneSeesCountsApprovalCommitAndTagButNotWhoVotedHow() throws Exception {
        assertThat(page("2026")).contains("P2026-001", "同意 1，不同意 1，弃权 0；已投票 2 / 2 人", "通过", "chair",
                        "b".repeat(40), "wh-t-201/2026", "仅向已登录的委员会委员、秘书处和管理员显示")
                .doesNotContain("开放时间要求过高");
    }

    @Test
    @WithMockUser(username = "member3", roles = "MEMBER")
    void aCommitteeMemberSeesEveryVoteWithItsReasonAndTime() throws Exception {
        assertThat(page("2026")).contains("member1", "不同意", "开放时间要求过高", "2026-12-01 10:00")
                .doesNotContain("仅向已登录");
    }

    @Test
    @WithMockUser(username = "reader", roles = "READER")
    void aSignedInReaderOutsideTheCommitteeSeesOnlyTheCounts() throws Exception {
        assertThat(page("2026")).doesNotContain("开放时间要求过高").contains("仅向已登录");
    }

    @Test
    @WithAnonymousUser
    void anEditionWithoutAProposalSaysSoAndStillShowsCommitAndTag() throws Exception {
        assertThat(page("2024")).contains("随示例标准导入", "a".repeat(40), "wh-t-201/2024").doesNotContain("P2026-001");
        mvc.perform(get("/standards/wh-t-201/1999/record")).andExpect(status().isNotFound());
    }
}
