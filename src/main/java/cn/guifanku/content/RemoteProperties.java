package cn.guifanku.content;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Git server holding the standards repository when several nodes share it (remote mode). Without {@code url} the
 * application keeps its repository in {@code guifanku.content.repository} alone, as a single node does.
 *
 * @param url          any URL JGit can push to: {@code https://git.example.org/standards.git} or {@code file:///srv/standards.git}
 * @param username     for HTTP(S) (with a token: the token's user name, e.g. {@code oauth2} or the account)
 * @param password     for HTTP(S): password or access token; from the environment (GUIFANKU_CONTENT_REMOTE_PASSWORD)
 * @param timeout      how long a fetch or push may wait for the server before the user is told it is unreachable
 * @param maxStaleness how old the local clone may be when a page only reads (writes always fetch first)
 */
@ConfigurationProperties("guifanku.content.remote")
public record RemoteProperties(String url, String username, String password,
                               @DefaultValue("20s") Duration timeout, @DefaultValue("1s") Duration maxStaleness) {

    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
