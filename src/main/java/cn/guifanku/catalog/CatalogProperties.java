package cn.guifanku.catalog;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param artifacts folder of the rendered HTML and PDF files, stored by checksum
 * @param recheck   how long a node serves its in-memory catalog before asking the database whether another node
 *                  changed it (one indexed read of the change sequence); this node's own changes show at once
 * @param accelRedirect where a front end (nginx) serves the artifact folder internally, e.g. {@code /_artifacts/}:
 *                  a plain download asked through it (it says so with {@code X-Sendfile-Type: X-Accel-Redirect}) is
 *                  answered with the headers and {@code X-Accel-Redirect}, and the front end sends the file; empty: off
 */
@ConfigurationProperties("guifanku.catalog")
public record CatalogProperties(Path artifacts, Duration recheck, String accelRedirect) {

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public CatalogProperties {
        recheck = recheck == null ? Duration.ofSeconds(1) : recheck;
        accelRedirect = accelRedirect == null ? "" : accelRedirect.strip();
        if (!accelRedirect.isEmpty() && !accelRedirect.matches("/[A-Za-z0-9_./-]*/")) {
            throw new IllegalArgumentException("guifanku.catalog.accel-redirect must be a path starting and ending "
                    + "with /, e.g. /_artifacts/: " + accelRedirect);
        }
    }

    public CatalogProperties(Path artifacts) {
        this(artifacts, null, null);
    }
}
