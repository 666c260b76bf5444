package cn.guifanku.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The application queues review notifications to the right people, and the embedded default shows them on a page. */
class NotificationWiringTest extends ApplicationTestBase {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    OutboxRepository outbox;
    @Autowired
    NotificationProperties properties;
    @Autowired
    cn.guifanku.web.PublicAddress site;
    @Autowired
    OutboxDrain drain;
    @Autowired
    DeadlineWatch deadlines;
    @Autowired
    TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTaskCreatedForAPersonOrTheirGroupIsMailedToThem() throws Exception {
        assertThat(drain.sends()).as("the embedded default keeps mail in the outbox").isFalse();
        var created = post("editor1", "/api/proposals", Map.of("kind", "NEW", "title", "图书馆通知测试规范",
                "scope", "规定通知", "reason", "测试任务通知"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String id = json.readTree(created.getBody()).get("id").asText();

        // 立项审查 is offered to the secretariat: its member gets the mail, the proposer does not.
        assertThat(keys("secretary")).anyMatch(k -> k.startsWith("task:") && subjectOf(k).contains("立项审查"));
        assertThat(outbox.to("editor1")).noneMatch(m -> m.subject().contains(id));

        var accepted = post("secretary", "/api/proposals/" + id + "/formal-check",
                Map.of("decision", "ACCEPT", "planNumber", "2026-TC389-N01"));
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(200);
        OutboxRepository.Message drafting = outbox.to("editor1").stream()
                .filter(m -> m.subject().contains("起草") && m.subject().contains(id)).findFirst().orElseThrow();
        assertThat(drafting.kind()).isEqualTo(Kind.TASK_ASSIGNED);
        assertThat(drafting.body()).contains("图书馆通知测试规范").contains(site.of("/proposals/" + id));

        new OutboxSender(outbox, mailTo(smtp.getSmtp().getPort()), properties, "test-node", clock).drain();
        List<MimeMessage> toEditor = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("editor1@demo.guifanku.invalid")).toList();
        assertThat(toEditor).extracting(MimeMessage::getSubject).contains(drafting.subject());
        assertThat(outbox.find(drafting.id()).state()).isEqualTo("SENT");
    }

    @Test
    void aTaskDueInThreeDaysIsRemindedOnceAndOnceMoreWhenOverdue() throws Exception {
        var created = post("editor2", "/api/proposals", Map.of("kind", "NEW", "title", "图书馆截止提醒测试规范",
                "scope", "规定提醒", "reason", "测试截止提醒"));
        String id = json.readTree(created.getBody()).get("id").asText();
        Task check = tasks.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        check.setDueDate(Date.from(clock.instant().plus(Duration.ofDays(5))));
        tasks.saveTask(check);

        deadlines.scan();
        assertThat(keys("secretary")).doesNotContain("soon:" + check.getId() + ":secretary");
        clock.advance(Duration.ofDays(2).plusHours(1));
        deadlines.scan();
        deadlines.scan();
        assertThat(keys("secretary")).containsOnlyOnce("soon:" + check.getId() + ":secretary");
        clock.advance(Duration.ofDays(3));
        deadlines.scan();
        assertThat(keys("secretary")).contains("overdue:" + check.getId() + ":secretary");
        assertThat(outbox.to("secretary").stream().filter(m -> m.dedupeKey().startsWith("overdue:" + check.getId())))
                .singleElement().satisfies(m -> assertThat(m.subject()).contains("任务已逾期").contains(id));
    }

    @Test
    void theOutboxPageListsMessagesForAdministratorsOnly() {
        ResponseEntity<String> page = as("admin").get().uri("/notifications/outbox").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("发件箱").contains("本站不发送邮件");
        outbox.newest(3).forEach(m -> assertThat(page.getBody()).contains(m.address()));
        assertThat(as("reader").get().uri("/notifications/outbox").retrieve().toEntity(String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void signedInUsersSeeTheirSettingsSubscriptionsAndTheSubscribeButton() {
        assertThat(as("reader").get().uri("/notifications/settings").retrieve().toEntity(String.class).getBody())
                .contains("我的通知设置").contains("name=\"on\" value=\"REPLACED\"");
        assertThat(as("reader").get().uri("/notifications/subscriptions").retrieve().toEntity(String.class).getBody())
                .contains("我的订阅");
        assertThat(as("reader").get().uri("/standards/wh-t-201").retrieve().toEntity(String.class).getBody())
                .contains("action=\"/notifications/subscriptions\"").contains("订阅");
        assertThat(http.get().uri("/standards/wh-t-201").retrieve().toEntity(String.class).getBody())
                .doesNotContain("/notifications/subscriptions\"");
        assertThat(http.get().uri("/notifications/settings").retrieve().toEntity(String.class).getStatusCode().value())
                .isNotEqualTo(200);
    }

    private List<String> keys(String recipient) {
        return outbox.to(recipient).stream().map(OutboxRepository.Message::dedupeKey).toList();
    }

    private String subjectOf(String key) {
        return outbox.newest(1000).stream().filter(m -> m.dedupeKey().equals(key)).findFirst().orElseThrow().subject();
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return as(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    }

    private static JavaMailSenderImpl mailTo(int port) {
        var mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
