package cn.guifanku.security;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Checks a personal access token, the only credential Git over HTTP takes (never a password). The feature that keeps
 * the tokens implements it; a revoked token, or one of a deactivated account, is refused on its next request.
 */
public interface AccessTokenCheck {

    /** The token's owner, if {@code token} is a live token of {@code username}; records its use. */
    Optional<UserDetails> check(String username, String token);
}
