package cn.guifanku.people;

import cn.guifanku.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo committee of the embedded default (documented in the README), so that a fresh clone can play every part
 * of a review. Accounts that exist are left alone, so a restart changes nothing and a changed password stays.
 * Production runs another profile and never gets these accounts.
 */
@Component
@Profile("embedded")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "guifanku-demo";

    /** @param function the seat in {@link Committee#DEFAULT_ID}, or null for none */
    record DemoAccount(String username, String displayName, String organisation, Set<Role> roles,
            CommitteeFunction function, boolean voting) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("editor1", "张明", "国家图书馆", Set.of(Role.EDITOR, Role.MEMBER), CommitteeFunction.MEMBER, true),
            new DemoAccount("editor2", "李华", "上海图书馆", Set.of(Role.EDITOR), null, false),
            new DemoAccount("member1", "陈静", "首都图书馆", Set.of(Role.MEMBER), CommitteeFunction.MEMBER, true),
            new DemoAccount("member2", "刘伟", "南京图书馆", Set.of(Role.MEMBER), CommitteeFunction.MEMBER, true),
            new DemoAccount("member3", "黄丽萍", "广东省立中山图书馆", Set.of(Role.MEMBER), CommitteeFunction.MEMBER, true),
            new DemoAccount("member4", "周建国", "浙江图书馆", Set.of(Role.MEMBER), CommitteeFunction.MEMBER, true),
            new DemoAccount("chair", "赵主任", "国家图书馆", Set.of(Role.CHAIR, Role.MEMBER), CommitteeFunction.CHAIR, true),
            new DemoAccount("secretary", "王秘书", "全国图书馆标准化技术委员会秘书处", Set.of(Role.SECRETARIAT),
                    CommitteeFunction.SECRETARY, false),
            new DemoAccount("reader", "某市图书馆", "某市图书馆", Set.of(Role.READER), null, false));

    private final PersonRepository persons;
    private final CommitteeRepository committees;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(PersonRepository persons, CommitteeRepository committees, PasswordEncoder encoder, Clock clock) {
        this.persons = persons;
        this.committees = committees;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        for (DemoAccount account : ACCOUNTS) {
            if (persons.exists(account.username())) {
                continue;
            }
            // One hash for all: the password is public anyway, and a BCrypt hash per account slows the first start.
            hash = hash != null ? hash : encoder.encode(PASSWORD);
            persons.insert(new NewPerson(account.username(), account.displayName(), account.organisation(),
                    account.username() + "@demo.guifanku.invalid", PASSWORD), hash, account.roles(), clock.instant());
            if (account.function() != null) {
                committees.seat(Committee.DEFAULT_ID, account.username(), account.function(), account.voting());
            }
        }
    }
}
