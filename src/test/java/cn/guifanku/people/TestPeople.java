package cn.guifanku.people;

import cn.guifanku.security.Role;
import cn.guifanku.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people feature on a fresh in-memory database, wired by hand as Spring would, without a context. */
record TestPeople(TestDatabase db, PersonRepository persons, CommitteeRepository committees, PasswordEncoder encoder,
        People people) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static TestPeople create() {
        TestDatabase db = TestDatabase.create();
        PersonRepository persons = new PersonRepository(db.jdbc());
        CommitteeRepository committees = new CommitteeRepository(db.jdbc());
        // The application's encoder, so that stored hashes look exactly as in production ({bcrypt}…).
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new TestPeople(db, persons, committees, encoder, new People(persons, committees, encoder, CLOCK));
    }

    Person create(String username, Role... roles) {
        return people.create(new NewPerson(username, username + " 的名字", "测试图书馆", null, "correct-horse-battery"),
                Set.of(roles));
    }

    void seat(String username, CommitteeFunction function, boolean voting) {
        committees.seat(Committee.DEFAULT_ID, username, function, voting);
    }

    DemoAccounts demoAccounts() {
        return new DemoAccounts(persons, committees, encoder, CLOCK);
    }
}
