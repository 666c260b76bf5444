package cn.guifanku.people;

import cn.guifanku.security.AccessTokenCheck;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens, the credential for Git over HTTP: a person creates them (each shown once), sees them with
 * their last use, and revokes them. A token is 32 random bytes (as {@code gfk_} and URL-safe Base64); only its SHA-256
 * is stored, which for a random secret of that length is as good as a slow password hash and costs nothing per
 * request. A revoked token, or a token of a deactivated account, stops working on its next request.
 */
@Service
class AccessTokens implements AccessTokenCheck {

    /** Live tokens one person may hold. */
    static final int MAX_PER_PERSON = 10;
    static final int MAX_NAME = 100;
    private static final String PREFIX = "gfk_";

    private final JdbcClient jdbc;
    private final SignIn signIn;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcClient jdbc, SignIn signIn, Clock clock) {
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.clock = clock;
    }

    /** A token as its owner's page lists it: never the secret. */
    record Token(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean live() {
            return revokedAt == null;
        }
    }

    /** Creates a token; the returned secret is never shown again. */
    String create(String username, String name) {
        long live = jdbc.sql("select count(*) from access_token where username = ? and revoked_at is null")
                .param(username).query(Long.class).single();
        if (live >= MAX_PER_PERSON) {
            throw new IllegalStateException("too many tokens");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into access_token (username, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(username, name, hash(secret), Timestamp.from(clock.instant())).update();
        return secret;
    }

    List<Token> of(String username) {
        return jdbc.sql("""
                        select id, name, created_at, last_used_at, revoked_at from access_token where username = ?
                        order by revoked_at is not null, created_at desc, id desc""")
                .param(username)
                .query((rs, i) -> new Token(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    /** Revokes one of the person's own tokens; false when there is no such live token of theirs. */
    boolean revoke(String username, long id) {
        return jdbc.sql("update access_token set revoked_at = ? where id = ? and username = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), id, username).update() == 1;
    }

    @Override
    public Optional<UserDetails> check(String username, String token) {
        if (username == null || token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty(); // a password, say: never compared with anything
        }
        int used = jdbc.sql("""
                        update access_token set last_used_at = ?
                        where token_hash = ? and username = ? and revoked_at is null""")
                .params(Timestamp.from(clock.instant()), hash(token), username).update();
        if (used != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(signIn.loadUserByUsername(username));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
