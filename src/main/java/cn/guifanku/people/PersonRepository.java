package cn.guifanku.people;

import cn.guifanku.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person and person_role tables (see db/migration/V2__people.sql). */
@Repository
class PersonRepository {

    // One query with the roles joined in: a person's roles are never read without the person.
    private static final String SELECT = """
            select p.username, p.display_name, p.organisation, p.email, p.password_hash, p.active, p.created_at,
                   r.role
            from person p left join person_role r on r.username = p.username
            """;

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person together with the password hash, for signing in; nothing outside this package sees the hash. */
    record Account(Person person, String passwordHash) {
    }

    Optional<Account> account(String username) {
        return accounts("where p.username = ?", username).stream().findFirst();
    }

    List<Person> all() {
        return persons("");
    }

    List<Person> active() {
        return persons("where p.active = true");
    }

    List<Person> votingMembers(String committeeId) {
        return persons("""
                where p.active = true and p.username in (
                    select m.username from committee_membership m where m.committee_id = ? and m.voting = true)""",
                committeeId);
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from person where username = ?").param(username).query(Long.class).single() > 0;
    }

    long activeAdministrators() {
        return jdbc.sql("""
                select count(*) from person p join person_role r on r.username = p.username
                where p.active = true and r.role = 'ADMIN'""").query(Long.class).single();
    }

    void insert(NewPerson person, String passwordHash, Set<Role> roles, Instant createdAt) {
        jdbc.sql("""
                insert into person (username, display_name, organisation, email, password_hash, active, created_at)
                values (?, ?, ?, ?, ?, true, ?)""")
                .params(person.username(), person.displayName(), blankToNull(person.organisation()),
                        blankToNull(person.email()), passwordHash, Timestamp.from(createdAt))
                .update();
        roles.forEach(role -> jdbc.sql("insert into person_role (username, role) values (?, ?)")
                .params(person.username(), role.name()).update());
    }

    void setActive(String username, boolean active) {
        jdbc.sql("update person set active = ? where username = ?").params(active, username).update();
    }

    void setRoles(String username, Set<Role> roles) {
        jdbc.sql("delete from person_role where username = ?").param(username).update();
        roles.forEach(role -> jdbc.sql("insert into person_role (username, role) values (?, ?)")
                .params(username, role.name()).update());
    }

    void setPasswordHash(String username, String passwordHash) {
        jdbc.sql("update person set password_hash = ? where username = ?").params(passwordHash, username).update();
    }

    private List<Person> persons(String where, Object... params) {
        return accounts(where, params).stream().map(Account::person).toList();
    }

    private List<Account> accounts(String where, Object... params) {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.sql(SELECT + where + " order by p.username").params(params).query(rs -> {
            Row row = rows.get(rs.getString("username"));
            if (row == null) {
                row = new Row(rs.getString("username"), rs.getString("display_name"), rs.getString("organisation"),
                        rs.getString("email"), rs.getString("password_hash"), rs.getBoolean("active"),
                        rs.getTimestamp("created_at").toInstant(), EnumSet.noneOf(Role.class));
                rows.put(row.username(), row);
            }
            String role = rs.getString("role");
            if (role != null) {
                row.roles().add(Role.valueOf(role));
            }
        });
        List<Account> accounts = new ArrayList<>(rows.size());
        rows.values().forEach(r -> accounts.add(new Account(new Person(r.username(), r.displayName(),
                r.organisation(), r.email(), r.active(), r.roles(), r.createdAt()), r.passwordHash())));
        return accounts;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Row(String username, String displayName, String organisation, String email, String passwordHash,
            boolean active, Instant createdAt, Set<Role> roles) {
    }
}
