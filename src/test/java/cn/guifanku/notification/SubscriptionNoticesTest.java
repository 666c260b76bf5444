package cn.guifanku.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.catalog.Artifact;
import cn.guifanku.catalog.PublishedEdition;
import cn.guifanku.catalog.StandardNumber;
import cn.guifanku.render.StandardMetadata;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import cn.guifanku.postgres.MigratedDatabases.Vendor;

/** Libraries hear of a new edition, a 代替 and a 废止 of what they follow: once each, and not if they turned it off. */
class SubscriptionNoticesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestNotifications n = TestNotifications.create();
    private CatalogWatch nodeA = n.watch(slug -> Optional.of("300"));
    private CatalogWatch nodeB = n.watch(slug -> Optional.of("300"));

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSubscribedReaderGetsExactlyOneMailWhenTheStandardIsReplaced(Vendor vendor) throws Exception {
        n = TestNotifications.create(vendor);
        nodeA = n.watch(slug -> Optional.of("300"));
        nodeB = n.watch(slug -> Optional.of("300"));
        on("2024-01-10");
        n.catalog().record(edition("WH/T 201—2019", "2019-05-20", "2019-09-01"));
        assertThat(nodeA.scan()).as("the first scan only records what exists").isEqualTo(1);
        n.subscriptions().subscribe("reader", Subscriptions.Target.STANDARD, "wh-t-201");
        n.subscriptions().subscribe("library2", Subscriptions.Target.CATEGORY, "300");

        n.catalog().record(edition("WH/T 201—2024", "2024-03-15", "2024-07-01", "WH/T 201—2019"));
        on("2024-03-16");
        nodeA.scan();
        nodeB.scan();
        drainOnTwoNodes();
        assertThat(subjects("reader@libraries.test")).containsExactly("【规范库】新版本：WH/T 201—2024 标题 WH/T 201—2024");

        on("2024-07-01"); // the new edition comes into force: the old one is replaced (被代替)
        nodeB.scan();
        nodeA.scan();
        nodeB.scan();
        drainOnTwoNodes();
        drainOnTwoNodes();

        List<String> replaced = subjects("reader@libraries.test").stream().filter(s -> s.contains("被代替")).toList();
        assertThat(replaced).containsExactly("【规范库】被代替：WH/T 201—2019 标题 WH/T 201—2019");
        assertThat(subjects("library2@libraries.test")).as("through the category").hasSize(2)
                .anyMatch(s -> s.contains("被代替"));
        MimeMessage mail = to("reader@libraries.test").stream()
                .filter(m -> subject(m).contains("被代替")).findFirst().orElseThrow();
        assertThat(mail.getContent().toString()).contains("已被 WH/T 201—2024 代替")
                .contains("https://guifanku.test/standards/wh-t-201")
                .contains("https://guifanku.test/notifications/settings");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@guifanku.test");
    }

    @Test
    void aReaderWhoTurnedNotificationsOffGetsNone() throws Exception {
        on("2024-01-10");
        n.catalog().record(edition("WH/T 202—2023", "2023-06-12", "2023-10-01"));
        nodeA.scan();
        n.subscriptions().subscribe("reader", Subscriptions.Target.STANDARD, "wh-t-202");
        n.subscriptions().subscribe("library2", Subscriptions.Target.STANDARD, "wh-t-202");
        n.subscriptions().subscribe("editor1", Subscriptions.Target.STANDARD, "wh-t-202");
        n.settings().save("reader", new NotificationSettings.Choice(true, EnumSet.noneOf(Kind.class), Locale.CHINESE));
        n.settings().save("library2", new NotificationSettings.Choice(false, EnumSet.of(Kind.WITHDRAWN), Locale.CHINESE));
        n.settings().save("editor1", new NotificationSettings.Choice(false, EnumSet.noneOf(Kind.class), Locale.ENGLISH));

        n.catalog().withdraw("wh-t-202", LocalDate.parse("2024-02-01"), "不再适用");
        on("2024-02-01");
        nodeA.scan();
        drainOnTwoNodes();

        assertThat(to("reader@libraries.test")).as("all turned off").isEmpty();
        assertThat(to("library2@libraries.test")).as("withdrawals turned off").isEmpty();
        assertThat(subjects("editor1@libraries.test")).as("in English, as chosen")
                .containsExactly("[Guifanku] Withdrawn: WH/T 202—2023 标题 WH/T 202—2023");
    }

    private void drainOnTwoNodes() {
        n.sender("node-a", smtp.getSmtp().getPort()).drain();
        n.sender("node-b", smtp.getSmtp().getPort()).drain();
    }

    private void on(String day) {
        n.clock().set(LocalDate.parse(day).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<String> subjects(String address) {
        return to(address).stream().map(SubscriptionNoticesTest::subject).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublishedEdition edition(String number, String issued, String effective, String... replaces) {
        StandardNumber sn = StandardNumber.parse(number);
        StandardMetadata m = new StandardMetadata(number, "标题 " + number, "Title " + number, "中华人民共和国文化行业标准",
                "01.140.20", "A14", LocalDate.parse(issued), LocalDate.parse(effective), List.of(replaces),
                "中华人民共和国文化和旅游部", "公共服务司", "全国图书馆标准化技术委员会（SAC/TC 389）", "国家图书馆");
        String sha = (Integer.toHexString(number.hashCode()) + "0".repeat(64)).substring(0, 64);
        return new PublishedEdition(sn.slug(), sn.editionKey(), m, "c".repeat(40), sn.slug() + "/" + sn.editionKey(),
                new Artifact(sha, 100), new Artifact(sha.replace('0', '1'), 200), Instant.parse("2024-03-15T00:00:00Z"));
    }
}
