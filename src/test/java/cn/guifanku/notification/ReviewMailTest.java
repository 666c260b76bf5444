package cn.guifanku.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.TestSteps;
import cn.guifanku.review.DraftSentForComments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.client.RestClient;

/**
 * The committee is told in time, by mail, as a review goes on: when a draft opens for comment (everyone on the
 * committee and the secretariat, with the deadline and the 征求意见稿's link; libraries following its 体系表 category or
 * its standard), before the period ends (members who have not commented), when the ballot asks for votes, before it
 * closes (members who have not voted), and its result. Each mail is sent through a real SMTP server (GreenMail).
 */
class ReviewMailTest extends ApplicationTestBase {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    OutboxRepository outbox;
    @Autowired
    NotificationProperties properties;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    DeadlineWatch deadlines;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestSteps steps;
    @Autowired
    cn.guifanku.web.PublicAddress site;

    private final ObjectMapper json = new ObjectMapper();
    private String opened;

    @AfterEach
    void leaveNothingRunning() {
        if (opened != null) {
            post(as("editor2"), "/api/proposals/" + opened + "/withdrawal", Map.of("reason", "测试结束"));
        }
        subscriptions.unsubscribe("reader", Subscriptions.Target.CATEGORY, "4");
        subscriptions.unsubscribe("reader", Subscriptions.Target.STANDARD, "wh-t-202");
    }

    @Test
    void everyStepOfAReviewMailsThoseItConcernsOnceAndOnlyThem() throws Exception {
        subscriptions.subscribe("reader", Subscriptions.Target.CATEGORY, "4");
        String id = created(post(as("editor2"), "/api/proposals", Map.of("kind", "NEW", "title", "图书馆无障碍服务规范",
                "scope", "规定无障碍服务的要求", "reason", "填补体系表 4-02", "plannedEntry", "4-02")));
        opened = id;
        ok(post(as("secretary"), "/api/proposals/" + id + "/formal-check",
                Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-M01")));
        ok(post(as("editor2"), "/api/proposals/" + id + "/sending-for-comments", Map.of()));

        // 征求意见: the committee (members, chair, secretary) and the secretariat, each once; the category's library.
        String review = site.of("/proposals/" + id + "/review");
        List<String> committee = List.of("editor1", "member1", "member2", "member3", "member4", "chair", "secretary");
        for (String person : committee) {
            MimeMessage m = mail(person, "征求意见：《图书馆无障碍服务规范》（提案 " + id + "）");
            assertThat(body(m)).contains("征求意见截止时间", review, site.of("/proposals/" + id + "/comment-drafts/"), ".pdf");
            assertThat(m.getSubject()).matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 截止");
        }
        assertThat(body(mail("reader", "您订阅的标准有草案征求意见：《图书馆无障碍服务规范》"))).contains(review, "正在征求意见");
        assertThat(received("editor2", id)).as("the proposer sent it out: no mail about it")
                .noneMatch(m -> subject(m).contains("征求意见"));
        assertThat(received("secretary", id)).as("no second mail for the period's own task")
                .noneMatch(m -> subject(m).contains("新任务：征求意见"));

        // The reminder timer: members who commented are not reminded; the others are, with the deadline.
        ok(post(as("member1"), "/api/proposals/" + id + "/comments",
                Map.of("clauseId", "_范围", "clauseLabel", "1 范围", "type", "te", "body", "建议明确适用的图书馆类型")));
        runTimer(id, "commentReminderDue");
        for (String person : List.of("editor1", "member2", "member3", "member4", "chair")) {
            assertThat(body(mail(person, "征求意见将于"))).contains("您还没有提出意见", review);
        }
        assertThat(received("member1", id)).noneMatch(m -> subject(m).contains("征求意见将于"));
        assertThat(received("secretary", id)).noneMatch(m -> subject(m).contains("征求意见将于"));

        // 审查投票: the ballot asks each voting member, with its deadline and its page.
        ok(post(as("secretary"), "/api/proposals/" + id + "/comment-period/closing", Map.of()));
        JsonNode comments = json.readTree(as("editor2").get().uri("/api/proposals/" + id + "/comments").retrieve().body(String.class));
        for (JsonNode c : comments) {
            ok(put(as("editor2"), "/api/proposals/" + id + "/comments/" + c.get("id").asText() + "/disposition",
                    Map.of("disposition", "ACCEPTED")));
        }
        ok(post(as("editor2"), "/api/proposals/" + id + "/disposition/completion", Map.of()));
        String ballot = site.of("/proposals/" + id + "/ballot");
        List<String> voters = List.of("editor1", "member1", "member2", "member3", "member4", "chair");
        for (String voter : voters) {
            assertThat(body(mail(voter, "请投票：《图书馆无障碍服务规范》（提案 " + id + "）"))).contains(ballot, "不同意须说明理由");
        }
        assertThat(received("secretary", id)).noneMatch(m -> subject(m).contains("请投票"));

        // Three days before the deadline, the members who have not voted are reminded; member1 voted.
        ok(post(as("member1"), "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE")));
        clock.advance(Duration.ofDays(12));
        deadlines.scan();
        for (String voter : List.of("editor1", "member2", "member3", "member4", "chair")) {
            assertThat(body(mail(voter, "投票将于"))).contains("您还没有投票", ballot);
        }
        assertThat(received("member1", id)).noneMatch(m -> subject(m).contains("投票将于"));

        // The result goes to the voters, the proposer and the secretariat.
        for (String voter : List.of("editor1", "member2", "member3", "member4", "chair")) {
            ok(post(as(voter), "/api/proposals/" + id + "/ballot/votes", Map.of("position", "APPROVE")));
        }
        ok(post(as("secretary"), "/api/proposals/" + id + "/ballot/closing", Map.of()));
        for (String person : List.of("editor2", "secretary", "member1", "chair")) {
            assertThat(body(mail(person, "投票结果：提案 " + id + " 通过"))).contains("同意 6，不同意 0，弃权 0（应投票 6 人）");
        }
    }

    @Test
    void aLibraryFollowingAStandardHearsWhenARevisionOfItOpensForComment() throws Exception {
        subscriptions.subscribe("reader", Subscriptions.Target.STANDARD, "wh-t-202");
        String id = created(post(as("editor2"), "/api/proposals", Map.of("kind", "REVISION", "targetSlug", "wh-t-202",
                "title", "古籍数字化元数据规范", "scope", "增加版本著录", "reason", "测试订阅通知")));
        opened = id;
        // The event as 开始征求意见 writes it (the draft's check and PDF are another test's matter).
        Instant deadline = clock.instant().plus(Duration.ofDays(30));
        steps.record(new DraftSentForComments(UUID.randomUUID(), id, "editor2", clock.instant(), "古籍数字化元数据规范",
                "0".repeat(40), deadline, deadline.minus(Duration.ofDays(5)), "2026-12-31 18:00"));
        MimeMessage m = mail("reader", "您订阅的标准有草案征求意见：《古籍数字化元数据规范》");
        assertThat(body(m)).contains("您订阅的 WH/T 202《古籍数字化元数据规范》", "2026-12-31 18:00",
                site.of("/proposals/" + id + "/review"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The one mail to this person whose subject contains the text, once the listeners queued it and it was sent. */
    private MimeMessage mail(String person, String subject) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            send();
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).equals(address(person)) && subject(m).contains(subject)).toList();
            assertThat(found).as("mails to " + person + " about " + subject).hasSizeLessThanOrEqualTo(1);
            return found.isEmpty() ? null : found.get(0);
        }, m -> m != null);
    }

    private List<MimeMessage> received(String person, String proposal) {
        send();
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(address(person)) && subject(m).contains(proposal)).toList();
    }

    private void send() {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        new OutboxSender(outbox, mail, properties, "test-node", clock).drain();
    }

    private String address(String person) {
        return outbox.to(person).stream().map(OutboxRepository.Message::address).findFirst().orElse(person + "@?");
    }

    /** Fires the process's timer now, as the job executor would when its time comes. */
    private void runTimer(String id, String activity) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        var job = management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult();
        management.executeJob(job.getId());
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String created(ResponseEntity<String> r) throws Exception {
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201);
        return json.readTree(r.getBody()).get("id").asText();
    }

    private static void ok(ResponseEntity<String> r) {
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
    }

    private ResponseEntity<String> post(RestClient client, String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> put(RestClient client, String path, Object body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }
}
