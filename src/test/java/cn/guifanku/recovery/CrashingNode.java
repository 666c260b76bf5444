package cn.guifanku.recovery;

import cn.guifanku.GuifankuApplication;
import cn.guifanku.ballot.Ballots;
import cn.guifanku.ballot.Vote;
import cn.guifanku.proposal.NewProposal;
import cn.guifanku.proposal.Proposal;
import cn.guifanku.proposal.ProposalDecisions;
import cn.guifanku.proposal.Proposals;
import cn.guifanku.publication.Publisher;
import cn.guifanku.review.Comments;
import cn.guifanku.security.Actor;
import cn.guifanku.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The embedded default as a newcomer runs it, in a process of its own, for {@code CrashRecoveryTest}. With
 * {@code --crash-at=<marker file>} it carries a proposal to approval at start and, when the publication job has
 * rendered the edition, writes the marker and waits to be killed; without, it is the plain application.
 */
public final class CrashingNode {

    private CrashingNode() {
    }

    public static void main(String[] args) throws Exception {
        String marker = null;
        for (String arg : args) {
            if (arg.startsWith("--crash-at=")) {
                marker = arg.substring("--crash-at=".length());
            }
        }
        Path crashAt = marker == null ? null : Path.of(marker);
        SpringApplicationBuilder app = new SpringApplicationBuilder(GuifankuApplication.class);
        if (crashAt != null) {
            app.initializers(c -> ((GenericApplicationContext) c).registerBean("crashAt", Publisher.StepProbe.class,
                    () -> step -> {
                        if (step == Publisher.Step.RENDERED) {
                            try {
                                Files.writeString(crashAt, "rendered");
                                Thread.sleep(600_000); // until the test kills this process
                            } catch (Exception e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }, bd -> bd.setPrimary(true)));
        }
        ConfigurableApplicationContext context = app.run(args);
        if (crashAt != null) {
            approve(context);
        }
    }

    /** A new standard from the template, through the whole review to the chair's approval, as its people. */
    static void approve(ConfigurableApplicationContext context) {
        Proposals proposals = context.getBean(Proposals.class);
        ProposalDecisions decisions = context.getBean(ProposalDecisions.class);
        Comments comments = context.getBean(Comments.class);
        Ballots ballots = context.getBean(Ballots.class);
        Actor editor = new Actor("editor2", Set.of(Role.EDITOR));
        Actor secretary = new Actor("secretary", Set.of(Role.SECRETARIAT));
        Proposal p = proposals.create(new NewProposal(Proposal.Kind.NEW, "图书馆应急服务规范", "规定公共图书馆应急服务",
                "崩溃恢复测试", null, null), editor);
        decisions.formalCheck(p.id(), ProposalDecisions.FormalCheck.ACCEPT, "2026-TC389-K1", null, secretary);
        decisions.sendForComments(p.id(), editor);
        comments.closePeriod(p.id(), secretary);
        comments.finishDisposition(p.id(), editor);
        for (String member : List.of("member1", "member2", "member3", "member4", "chair")) {
            ballots.vote(p.id(), Vote.Position.APPROVE, null, new Actor(member, Set.of(Role.MEMBER)));
        }
        ballots.closeEarly(p.id(), secretary);
        decisions.approve(p.id(), ProposalDecisions.Approval.APPROVE, CrashRecoveryTest.NUMBER, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 3, 1), null, new Actor("chair", Set.of(Role.CHAIR, Role.MEMBER)));
    }
}
