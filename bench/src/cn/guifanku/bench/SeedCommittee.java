package cn.guifanku.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Grows the demo committee tc389 to 30 voting members: {@code SeedCommittee <jdbc url>} (application stopped). The
 * new accounts (bench01…) copy member1's password hash, so their password is the demo password too.
 */
public final class SeedCommittee {

    /** Members added to the six demo voters (editor1, member1–4, chair). */
    static final int EXTRA = 24;

    static String name(int i) {
        return String.format("bench%02d", i);
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            String hash;
            try (ResultSet rs = db.createStatement().executeQuery("select password_hash from person where username = 'member1'")) {
                rs.next();
                hash = rs.getString(1);
            }
            try (PreparedStatement person = db.prepareStatement("insert into person (username, display_name, organisation,"
                    + " email, password_hash, active, created_at) values (?, ?, ?, ?, ?, true, ?)");
                 PreparedStatement role = db.prepareStatement("insert into person_role (username, role) values (?, 'MEMBER')");
                 PreparedStatement seat = db.prepareStatement("insert into committee_membership (committee_id, username,"
                         + " function, voting) values ('tc389', ?, 'MEMBER', true)")) {
                for (int i = 1; i <= EXTRA; i++) {
                    String user = name(i);
                    person.setString(1, user);
                    person.setString(2, "委员" + i);
                    person.setString(3, "基准图书馆" + i);
                    person.setString(4, user + "@bench.invalid");
                    person.setString(5, hash);
                    person.setTimestamp(6, Timestamp.from(Instant.now()));
                    person.executeUpdate();
                    role.setString(1, user);
                    role.executeUpdate();
                    seat.setString(1, user);
                    seat.executeUpdate();
                }
            }
        }
        System.out.println("committee tc389: " + EXTRA + " members added");
    }
}
